package org.sakuin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * The facets behind a 絞り込み button on a narrow screen, so that the first hit is on the first screen of a
 * phone; on a wide one the button is hidden and the facets always shown beside the hits (phone.css).
 */
final class FacetFold extends Div {

    static final String FACETS = "facets";

    private final Button toggle = new Button("絞り込み", VaadinIcon.FILTER.create());
    private boolean open;

    FacetFold(Component facets) {
        addClassName("facet-fold");
        facets.setId(FACETS);
        toggle.addClassName("facet-toggle");
        toggle.getElement().setAttribute("aria-controls", FACETS);
        toggle.addClickListener(e -> setOpen(!open));
        setOpen(false);
        add(toggle, facets);
    }

    void setOpen(boolean open) {
        this.open = open;
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
        setClassName("open", open);
    }

    boolean isOpen() {
        return open;
    }
}
