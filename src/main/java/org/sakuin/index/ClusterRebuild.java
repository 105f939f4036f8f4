package org.sakuin.index;

import java.io.IOException;
import java.util.List;

/**
 * A rebuild of a cluster's index ({@link IndexRebuild}): a new index named by this Sakuin's analysis, written
 * through its own name while the alias still names the old one, which goes on answering searches.
 */
final class ClusterRebuild implements IndexRebuild {

    private final OpenSearchIndex searched;
    private final OpenSearchIndex target;
    private final ClusterIndexes indexes;
    private final String old;
    private final String fresh;
    private boolean switched;

    private ClusterRebuild(OpenSearchIndex searched, OpenSearchIndex target, ClusterIndexes indexes, String old,
                           String fresh) {
        this.searched = searched;
        this.target = target;
        this.indexes = indexes;
        this.old = old;
        this.fresh = fresh;
    }

    static ClusterRebuild start(IndexSettings.Cluster cluster) throws IOException {
        OpenSearchIndex searched = OpenSearchIndex.openForReading(cluster);
        ClusterClient client = new ClusterClient(cluster);
        ClusterIndexes indexes = new ClusterIndexes(client, cluster.index(), cluster.shards());
        String old = indexes.current();
        String fresh = indexes.create(AnalysisVersion.CURRENT);
        return new ClusterRebuild(searched, new OpenSearchIndex(client, fresh, cluster.shards(), true), indexes, old, fresh);
    }

    @Override
    public List<IndexedFile> files() {
        return searched.files();
    }

    @Override
    public PlanIndex target() {
        return target;
    }

    @Override
    public void switchOver() {
        target.commit();
        indexes.switchAlias(old, fresh);
        switched = true;
    }

    @Override
    public void close() throws IOException {
        try {
            if (!switched) {
                indexes.drop(fresh);
            }
        } finally {
            try {
                target.close();
            } finally {
                searched.close();
            }
        }
    }
}
