package org.sakuin.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonRolesTest {

    @Test
    void theHolderOfTheRoleAskedIsTheAnswerNotTheRole() {
        String sentence = "市長を本部長、副市長を副本部長とする「楓野市DX推進本部」において全庁的な方針を決定し";
        assertThat(PersonRoles.in(sentence, "楓野市DX推進本部の副本部長")).containsExactly("副市長");
        assertThat(PersonRoles.in(sentence, "楓野市DX推進本部の本部長")).containsExactly("市長");
    }

    @Test
    void withoutARoleAskedAnyRoleOrPersonNamedAnswers() {
        assertThat(PersonRoles.in("計画の策定は教育長が指揮します。", "策定を指揮する")).containsExactly("教育長");
        assertThat(PersonRoles.in("推進会議は年2回開催します。", "推進会議を開く")).isEmpty();
    }
}
