package org.sakuin.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sakuin.index.Suggestion;

/**
 * The search box. As the reader types — kana still being converted included — it offers the plans' words,
 * measure headings and indicator names that contain the text or whose reading starts with it (じちかい →
 * 自治会加入率); any text can still be searched as typed. Searches on Enter, on a picked suggestion, or when
 * {@link #search()} is called (the search button); ↓ Enter typed before the suggestions came picks the first
 * of them once they come ({@link SuggestionWait}).
 */
final class QueryBox extends ComboBox<String> {

    /** The text in the box's input, which is in the light DOM and so the keydown's target. */
    private static final String TYPED = "event.target.value";

    /** The kind of each suggestion now offered, for its tag in the list. */
    private final Map<String, Suggestion.Kind> kinds = new ConcurrentHashMap<>();
    private final Consumer<String> onSearch;

    QueryBox(Function<String, List<Suggestion>> suggest, Consumer<String> onSearch) {
        this.onSearch = onSearch;
        addClassName("query");
        setAriaLabel("検索キーワード");
        setPlaceholder("キーワードを入力（例: 都市間連携、姉妹都市 交流、\"定住自立圏\"）");
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setAllowCustomValue(true);
        setItems(query -> {
            List<Suggestion> offered = suggest.apply(query.getFilter().orElse(""));
            kinds.clear();
            offered.forEach(s -> kinds.put(s.text(), s.kind()));
            return offered.stream().map(Suggestion::text).skip(query.getOffset()).limit(query.getLimit());
        });
        setRenderer(LitRenderer.<String>of("<span class=\"suggestion\"><span class=\"suggestion-text\">${item.text}</span>"
                        + "<span class=\"suggestion-kind\">${item.kind}</span></span>")
                .withProperty("text", text -> text)
                .withProperty("kind", text -> kinds.containsKey(text) ? kinds.get(text).label() : ""));
        // the box commits typed text on Enter and on leaving it, but only Enter searches (and not the Enter that
        // confirms an IME conversion); it brings the text typed, which may reach the server before the commit
        addCustomValueSetListener(e -> setValue(e.getDetail()));
        getElement().addEventListener("keydown", e -> {
            setText(e.getEventData().get(TYPED).asString().strip());
            search();
        }).addEventData(TYPED).setFilter("event.key === 'Enter' && !event.isComposing");
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                search();
            }
        });
        SuggestionWait.hold(this);
    }

    /** Searches the words in the box; the page ignores a search for what it already shows. */
    void search() {
        onSearch.accept(text());
    }

    String text() {
        return getValue() == null ? "" : getValue();
    }

    void setText(String text) {
        setValue(text == null || text.isEmpty() ? null : text);
    }
}
