package org.sakuin.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame of every page: links between the passage search, the indicator explorer, the benchmark and (for
 * administrators) 管理 above the page, and who is signed in; before them a link past them for the keyboard. Open to all: each view says who may see it.
 */
@AnonymousAllowed
public class SakuinLayout extends Div implements RouterLayout {

    private final Div content = new Div();
    private final SkipLink skip = new SkipLink();

    public SakuinLayout(AuthenticationContext user) {
        addClassName("sakuin-layout");
        getElement().setAttribute("lang", "ja");

        RouterLink search = new RouterLink("計画書を検索", SearchView.class);
        search.setHighlightCondition(HighlightConditions.sameLocation());
        RouterLink indicators = new RouterLink("指標一覧", IndicatorExplorerView.class);
        // the comparison pages belong to the indicators
        indicators.setHighlightCondition(HighlightConditions.locationPrefix(IndicatorExplorerView.ROUTE));
        RouterLink benchmark = new RouterLink("施策比較", BenchmarkView.class);
        Nav nav = new Nav(search, indicators, benchmark, new RouterLink("検索のヒント", HelpView.class));
        if (user.hasRole("ADMIN")) {
            nav.add(new RouterLink("管理", AdminView.class));
        }
        nav.add(account(user));
        nav.addClassName("site-nav");
        nav.setAriaLabel("ページ");

        content.addClassName("site-content");
        SkipLink.target(content, SkipLink.CONTENT);
        add(skip, nav, content);
    }

    /** ログイン, or the name of the user signed in and ログアウト. */
    private static Div account(AuthenticationContext user) {
        Div account = new Div();
        account.addClassName("site-account");
        if (user.isAuthenticated()) {
            Span name = new Span(user.getPrincipalName().orElse(""));
            name.addClassName("site-user");
            Button logout = new Button("ログアウト", e -> user.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            logout.addClassName("site-logout");
            account.add(name, logout);
        } else {
            Anchor login = new Anchor("login", "ログイン");
            login.addClassName("site-login");
            account.add(login);
        }
        return account;
    }

    @Override
    public void showRouterLayoutContent(HasElement page) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(page.getElement());
        skip.pointAt(page);
    }
}
