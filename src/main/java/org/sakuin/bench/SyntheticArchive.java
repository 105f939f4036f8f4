package org.sakuin.bench;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sakuin.index.PlanIndex;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.plan.AreaMatch;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.Passage;
import org.sakuin.plan.PlanContent;
import org.sakuin.plan.PlanDocument;
import org.sakuin.plan.PlanMetadata;
import org.sakuin.plan.Section;

/**
 * An archive of any size made of the real plans, each copy of them belonging to a town of a generated name: the
 * passages read as plans do (their words, lengths and structure), while the towns, the document ids and the facet
 * values are as many as in a large archive. Nothing of it is written to disk but the index it is put in.
 */
public final class SyntheticArchive {

    private static final String[] FIRST = {"青", "白", "北", "南", "東", "西", "大", "小", "新", "高", "若", "緑",
            "朝", "夕", "星", "月", "桜", "松", "梅", "竹", "花", "鶴", "亀", "金"};
    private static final String[] SECOND = {"山", "川", "田", "野", "原", "森", "浜", "沢", "島", "谷", "岡", "崎",
            "瀬", "浦", "里", "見", "平", "丘", "林", "宮"};
    private static final String[] SUFFIX = {"市", "町", "村"};

    private final List<PlanContent> plans;

    private SyntheticArchive(List<PlanContent> plans) {
        this.plans = plans;
    }

    /** The plans of these files or folders, read as an ingest would. */
    public static SyntheticArchive of(List<Path> sources) throws IOException {
        List<PlanContent> read = new ArrayList<>();
        try (IngestService ingest = new IngestService(recorder(read))) {
            ingest.ingest(sources, IngestListener.NONE);
        }
        if (read.isEmpty()) {
            throw new IOException("no plans read from " + sources);
        }
        return new SyntheticArchive(read);
    }

    /** Passages in one copy of the plans. */
    public int passagesPerCopy() {
        return plans.stream().mapToInt(p -> p.passages().size()).sum();
    }

    /** Every plan of every copy needed for at least {@code passages} passages, in order. */
    public List<PlanContent> copies(int passages) {
        int copies = Math.max(1, (passages + passagesPerCopy() - 1) / passagesPerCopy());
        List<PlanContent> all = new ArrayList<>();
        for (int copy = 0; copy < copies; copy++) {
            for (PlanContent plan : plans) {
                all.add(copy == 0 ? plan : renamed(plan, copy));
            }
        }
        return all;
    }

    /** A distinct town name for each copy: 青山市, 青山町, 青山村, 青川市 … then two-name towns. */
    static String townName(int copy) {
        int stems = FIRST.length * SECOND.length;
        int stem = copy % stems;
        String name = FIRST[stem / SECOND.length] + SECOND[stem % SECOND.length];
        int round = copy / stems;
        if (round / SUFFIX.length > 0) {
            name = FIRST[(round / SUFFIX.length - 1) % FIRST.length] + name;
        }
        return name + SUFFIX[round % SUFFIX.length];
    }

    private static PlanContent renamed(PlanContent plan, int copy) {
        PlanDocument original = plan.document();
        String oldTown = original.metadata().municipality();
        String town = townName(copy);
        String oldId = original.id();
        String id = oldId + "~" + copy;
        PlanMetadata m = original.metadata();
        PlanDocument document = new PlanDocument(id, copy + "/" + original.file(), original.path(),
                original.contentHash(), original.contentType(), original.pages(),
                new PlanMetadata(town, m.prefecture(), swap(m.title(), oldTown, town), m.planType(), m.period()));
        List<Passage> passages = plan.passages().stream().map(p -> new Passage(swap(p.id(), oldId, id), p.ordinal(),
                p.page(), section(p.section(), oldTown, town), swap(p.text(), oldTown, town),
                p.indicatorIds().stream().map(i -> swap(i, oldId, id)).toList())).toList();
        List<Indicator> indicators = plan.indicators().stream().map(i -> new Indicator(swap(i.id(), oldId, id),
                i.name(), i.kind(), i.unit(), i.baseline(), i.actuals(), i.achievement(), i.achievementComputed(),
                i.targets(), i.description(), id, i.section(), i.page(), i.source())).toList();
        Map<String, List<AreaMatch>> areas = new HashMap<>();
        plan.areas().forEach((key, value) -> areas.put(swap(key, oldId, id), value));
        return new PlanContent(document, passages, indicators, areas);
    }

    private static Section section(Section section, String oldTown, String town) {
        return new Section(section.headings().stream().map(h -> swap(h, oldTown, town)).toList());
    }

    private static String swap(String text, String from, String to) {
        return text == null || from == null || from.isEmpty() ? text : text.replace(from, to);
    }

    /** A plan index that keeps what an ingest writes and knows no file yet. */
    private static PlanIndex recorder(List<PlanContent> into) {
        return (PlanIndex) Proxy.newProxyInstance(PlanIndex.class.getClassLoader(), new Class<?>[] {PlanIndex.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "replace" -> {
                        into.add((PlanContent) args[0]);
                        yield null;
                    }
                    case "file" -> Optional.empty();
                    case "files" -> List.of();
                    default -> null;
                });
    }
}
