package org.sakuin.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which query strings decode: what {@link UndecodableQueries} lets through to the application. */
class UndecodableQueriesTest {

    @Test
    void escapedUtf8AndPlainTextDecode() {
        assertThat(UndecodableQueries.decodable(null)).isTrue();
        assertThat(UndecodableQueries.decodable("q=%E7%A7%BB%E4%BD%8F+%22a%22&limit=5&x=%00%25&&y=a=b")).isTrue();
        assertThat(UndecodableQueries.decodable("q=%F0%9F%98%80&fy=")).as("an emoji, four bytes").isTrue();
    }

    @Test
    void brokenEscapesAndBytesThatAreNotUtf8DoNot() {
        assertThat(UndecodableQueries.decodable("q=%zz")).isFalse();
        assertThat(UndecodableQueries.decodable("q=%")).isFalse();
        assertThat(UndecodableQueries.decodable("q=%4")).isFalse();
        assertThat(UndecodableQueries.decodable("q=%C3%28")).as("a lead byte without its follower").isFalse();
        assertThat(UndecodableQueries.decodable("q=%E3%81")).as("a character cut short").isFalse();
        assertThat(UndecodableQueries.decodable("q=%E3%81a%81")).as("cut by a plain character").isFalse();
        assertThat(UndecodableQueries.decodable("q=%C0%AF")).as("an overlong slash").isFalse();
        assertThat(UndecodableQueries.decodable("q=%ED%A0%80")).as("a lone surrogate").isFalse();
        assertThat(UndecodableQueries.decodable("q=%FF")).isFalse();
        assertThat(UndecodableQueries.decodable("q=a&=%5B*")).as("a value without a name").isFalse();
        assertThat(UndecodableQueries.decodable("=a")).isFalse();
    }
}
