package org.sakuin.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;

/**
 * ログイン ({@code /login}): the form posts the name and password to {@code /login}, where Spring Security checks
 * them; a wrong pair comes back as {@code /login?error}, one refused by the throttle as {@code /login?error&wait}.
 */
@Route(value = LoginView.ROUTE, autoLayout = false)
@PageTitle("ログイン — Sakuin 索引")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "login";
    static final String WRONG = "ユーザー名またはパスワードが正しくありません。入力を確かめて、もう一度お試しください。";
    static final String WAIT = "ログインの失敗が続いたため、しばらくの間はログインできません。数分待ってからお試しください。";

    private final LoginForm form = new LoginForm(japanese());

    public LoginView() {
        addClassName("login-view");
        getElement().setAttribute("lang", "ja");
        form.setAction(ROUTE);
        form.setForgotPasswordButtonVisible(false);
        Anchor back = new Anchor("", "検索に戻る");
        back.addClassName("login-back");
        add(new H1("Sakuin 索引"), form, back);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (VaadinRequest.getCurrent() != null && VaadinRequest.getCurrent().getUserPrincipal() != null) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            LoginI18n i18n = japanese();
            if (parameters.containsKey("wait")) {
                i18n.getErrorMessage().setMessage(WRONG + " " + WAIT);
            }
            form.setI18n(i18n);
            form.setError(true);
        }
    }

    private static LoginI18n japanese() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle("ログイン");
        texts.setUsername("ユーザー名");
        texts.setPassword("パスワード");
        texts.setSubmit("ログイン");
        texts.setForgotPassword("パスワードをお忘れの場合");
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle("ログインできませんでした");
        error.setMessage(WRONG);
        error.setUsername("ユーザー名を入力してください");
        error.setPassword("パスワードを入力してください");
        return i18n;
    }
}
