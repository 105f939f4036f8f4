package org.sakuin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed while it was being opened: a Japanese message in the site's frame, never Vaadin's own page with
 * the exception and its stack trace (which would show readers the server's classes and paths). The trace goes to the
 * log, where the administrator looks. Open to all, as the error it shows (else a visitor who had not signed in was
 * sent to the login page).
 */
@ParentLayout(SakuinLayout.class)
@AnonymousAllowed
public class InternalErrorView extends Div implements HasErrorParameter<Exception> {

    static final String MESSAGE = "ページを表示できませんでした。しばらくしてから、もう一度お試しください。";

    private static final Logger log = LoggerFactory.getLogger(InternalErrorView.class);

    public InternalErrorView() {
        addClassName("error-page");
        add(new H1("エラーが発生しました"), new Paragraph(MESSAGE), new RouterLink("検索画面に戻る", SearchView.class));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("opening /{} failed", event.getLocation().getPathWithQueryParameters(), parameter.getCaughtException());
        event.getUI().getPage().setTitle("エラーが発生しました — Sakuin 索引");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
