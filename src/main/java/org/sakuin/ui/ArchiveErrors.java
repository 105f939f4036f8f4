package org.sakuin.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.DefaultErrorHandler;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.sakuin.index.ArchiveUnavailableException;
import org.springframework.stereotype.Component;

/**
 * An archive that cannot be reached (its cluster down) is said so on the page, in Japanese, where Vaadin would
 * show its generic error; every other error goes to Vaadin's own handler.
 */
@Component
class ArchiveErrors implements VaadinServiceInitListener {

    static final String UNREACHABLE = "アーカイブ（索引）に接続できません。しばらくしてから、もう一度お試しください。";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(new Handler()));
    }

    private static final class Handler implements ErrorHandler {

        private final ErrorHandler fallback = new DefaultErrorHandler();

        @Override
        public void error(ErrorEvent event) {
            for (Throwable t = event.getThrowable(); t != null; t = t.getCause()) {
                if (t instanceof ArchiveUnavailableException) {
                    Notification notification = Notification.show(UNREACHABLE, 8_000, Notification.Position.MIDDLE);
                    notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                    return;
                }
            }
            fallback.error(event);
        }
    }
}
