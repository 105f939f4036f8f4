package org.sakuin.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;

/** The frame of every page: links between the passage search, the indicator explorer and the benchmark above the page. */
public class SakuinLayout extends Div implements RouterLayout {

    private final Div content = new Div();

    public SakuinLayout() {
        addClassName("sakuin-layout");
        getElement().setAttribute("lang", "ja");

        RouterLink search = new RouterLink("計画書を検索", SearchView.class);
        search.setHighlightCondition(HighlightConditions.sameLocation());
        RouterLink indicators = new RouterLink("指標一覧", IndicatorExplorerView.class);
        // the comparison pages belong to the indicators
        indicators.setHighlightCondition(HighlightConditions.locationPrefix(IndicatorExplorerView.ROUTE));
        RouterLink benchmark = new RouterLink("施策比較", BenchmarkView.class);
        RouterLink admin = new RouterLink("管理", AdminView.class);
        Nav nav = new Nav(search, indicators, benchmark, admin);
        nav.addClassName("site-nav");
        nav.setAriaLabel("ページ");

        content.addClassName("site-content");
        add(nav, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement page) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(page.getElement());
    }
}
