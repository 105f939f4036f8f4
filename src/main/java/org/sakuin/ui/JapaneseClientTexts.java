package org.sakuin.ui;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What Vaadin's client says by itself, in Japanese like the pages: its connection indicator (whose English
 * 「Online」 stood in every page and was read out by screen readers), its messages when the server cannot be reached,
 * fails or the session is gone, and the page's language ({@code <html lang>}, which Vaadin takes from the browser's
 * first language and so was {@code en} for many readers).
 */
@Component
class JapaneseClientTexts implements VaadinServiceInitListener {

    static final String ONLINE = "サーバーに接続しました";
    static final String OFFLINE = "サーバーとの接続が切れました";
    static final String RECONNECTING = "サーバーとの接続が切れました。再接続しています…";

    /** The indicator is a web component of Vaadin's that has no server-side API for its texts but these properties. */
    private static final String INDICATOR = """
            document.documentElement.lang = 'ja';
            const indicator = window.Vaadin && window.Vaadin.connectionIndicator;
            if (indicator) {
              indicator.onlineText = $0;
              indicator.offlineText = $1;
              indicator.reconnectingText = $2;
            }""";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> systemMessages());
        event.getSource().addUIInitListener(init -> speakJapanese(init.getUI()));
    }

    private static void speakJapanese(UI ui) {
        ui.setLocale(Locale.JAPAN);
        ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(RECONNECTING);
        reconnect.setDialogTextGaveUp(OFFLINE);
        ui.getPage().executeJs(INDICATOR, ONLINE, OFFLINE, RECONNECTING);
    }

    private static CustomizedSystemMessages systemMessages() {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSessionExpiredCaption("セッションの期限が切れました");
        messages.setSessionExpiredMessage("ここをクリックするか Esc キーを押すと、ページを読み込み直します。");
        messages.setInternalErrorCaption("エラーが発生しました");
        messages.setInternalErrorMessage("ここをクリックするか Esc キーを押すと、ページを読み込み直します。");
        messages.setCookiesDisabledCaption("Cookie が無効です");
        messages.setCookiesDisabledMessage("このサイトを使うには、ブラウザーで Cookie を有効にしてください。");
        messages.setSyncErrorCaption("ページの状態がサーバーと食い違いました");
        messages.setSyncErrorMessage("ここをクリックするか Esc キーを押すと、ページを読み込み直します。");
        return messages;
    }
}
