package org.sakuin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address no page answers: said in Japanese within the site's frame, with the way back to the search. Open to
 * all, as the error it shows: else Vaadin sent a visitor who had not signed in to the login page instead.
 */
@ParentLayout(SakuinLayout.class)
@AnonymousAllowed
public class PageNotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    static final String MESSAGE = "お探しのページは見つかりませんでした。アドレスをお確かめください。";

    public PageNotFoundView() {
        addClassName("error-page");
        add(new H1("ページが見つかりません"), new Paragraph(MESSAGE), new RouterLink("検索画面に戻る", SearchView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        event.getUI().getPage().setTitle("ページが見つかりません — Sakuin 索引");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
