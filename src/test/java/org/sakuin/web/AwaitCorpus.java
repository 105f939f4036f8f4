package org.sakuin.web;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.sakuin.index.PlanIndex;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Before each test of an {@link IndexedCorpusTest}, waits for the server's background ingest of the corpus. */
public final class AwaitCorpus implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        CorpusIngest.await(SpringExtension.getApplicationContext(context).getBean(PlanIndex.class));
    }
}
