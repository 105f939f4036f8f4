package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagerTest {

    @Test
    void theFirstAndLastPagesAndThoseAroundThePagesShownAreLinked() {
        assertThat(Pager.linked(6, 7, 20)).containsExactly(1, 4, 5, 6, 7, 8, 9, 20);
        assertThat(Pager.linked(1, 1, 3)).containsExactly(1, 2, 3);
        assertThat(Pager.linked(1, 1, 1)).containsExactly(1);
    }
}
