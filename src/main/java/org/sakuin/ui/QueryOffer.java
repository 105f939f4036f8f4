package org.sakuin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/** A line offering another query beside the results: もしかして: 自治会（17 件）. */
final class QueryOffer extends Div {

    QueryOffer() {
        addClassName("did-you-mean");
        setVisible(false);
    }

    void clear() {
        removeAll();
        setVisible(false);
    }

    /** The label, the link to the other query, and how many it finds. */
    void offer(String label, RouterLink query, int total) {
        removeAll();
        add(new Span(label), query, new Span("（" + total + " 件）"));
        setVisible(true);
    }
}
