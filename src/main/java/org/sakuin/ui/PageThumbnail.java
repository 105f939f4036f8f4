package org.sakuin.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Image;
import org.sakuin.search.SearchHit;
import org.sakuin.thumbnail.PageThumbnails;

/**
 * A small picture of a PDF hit's page (drawn by the server, {@code /thumbnail}), opening the PDF at that page: a
 * reader sees at a glance whether the hit is a table, a figure or running text. Loaded only when scrolled near.
 */
final class PageThumbnail extends Anchor {

    PageThumbnail(SearchHit hit) {
        super(SourceLinks.of(hit), "");
        setTarget(AnchorTarget.BLANK);
        addClassName("hit-thumbnail");
        Image image = new Image("/thumbnail/" + hit.documentId() + "/" + hit.page(),
                "原文 " + hit.page() + " ページの縮小画像");
        // an A4 page until the picture arrives, so that the hits below do not jump when it does
        image.getElement().setAttribute("width", Integer.toString(PageThumbnails.WIDTH));
        image.getElement().setAttribute("height", Integer.toString(PageThumbnails.WIDTH * 297 / 210));
        image.getElement().setAttribute("loading", "lazy");
        add(image);
    }

    /** Only PDFs have pages to draw. */
    static boolean shows(SearchHit hit) {
        return SourceLinks.isPdf(hit) && hit.documentId() != null;
    }
}
