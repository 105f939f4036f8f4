package org.sakuin.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationNamesTest {

    @Test
    void readsTheNamedUniversityCollegeAndCompany() {
        assertThat(OrganisationNames.in("本市は平成30年10月に東陵大学と包括連携協定を締結しており", "大学"))
                .containsExactly("東陵大学");
        assertThat(OrganisationNames.in("また、白峰工業高等専門学校と連携協定を結び", "高専")).containsExactly("白峰工業高等専門学校");
        assertThat(OrganisationNames.in("株式会社ひのくにネットと地域DXに関する包括連携協定を締結しました。", "企業"))
                .containsExactly("株式会社ひのくにネット");
        assertThat(OrganisationNames.in("月見台商工会議所、月見台市農業協同組合と連携します。", "団体"))
                .containsExactly("月見台商工会議所", "月見台市農業協同組合");
    }

    @Test
    void aGenericWordNamesNoOrganisation() {
        assertThat(OrganisationNames.in("市民、事業者、金融機関、大学等と目標を共有し、県内大学と連携する", "大学")).isEmpty();
        assertThat(OrganisationNames.in("都市部の大学と連携したフィールドワークを受け入れ", "大学")).isEmpty();
        assertThat(OrganisationNames.in("東陵大学院の学生", "大学")).isEmpty();
    }
}
