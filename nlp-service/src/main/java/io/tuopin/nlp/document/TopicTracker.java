package io.tuopin.nlp.document;

import io.tuopin.events.RegionInfo;
import io.tuopin.nlp.domain.CleanedArticle;
import io.tuopin.nlp.domain.Positions;
import io.tuopin.nlp.domain.RegionAnalysis;
import io.tuopin.nlp.domain.RegionMention;
import io.tuopin.nlp.domain.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Follows the region in focus through an article. The headline's region (else the subject) is the
 * document's topic; a heading that names a region makes it the topic of its section; an
 * interviewer's question that names one makes it the topic of the answer; a sentence whose subject
 * is a region makes it the topic of the rest of its paragraph (黄洋界下的神山村，曾是…; 2014年，赤溪村民…);
 * 放眼全省 and 从全省看 turn to the province; …是Y…的一个缩影 and 同样的变化也发生在Y turn to Y. At
 * the end of a paragraph the focus returns to the section's topic. Anaphors (全县, 全村, 村里, 全地区)
 * resolve to a fitting region named before them in their sentence, else to the region in focus or
 * its ancestor that fits, else to the latest fitting region named in the paragraph, else to the
 * subject's. Linear in the article (each look-back is bounded). Stateless and thread-safe.
 */
public final class TopicTracker {
    private static final int LEVELS = 3;
    /** How many earlier mentions an anaphor looks back at. */
    private static final int LOOK_BACK = 32;
    private final OutlineReader outlines = new OutlineReader();
    private final AnaphorFinder anaphors = new AnaphorFinder();

    public DocumentTopics track(CleanedArticle article, RegionAnalysis regions) {
        return new Walk(article, regions, outlines.read(article), anaphors.find(article.text())).run();
    }

    /** One walk through one article. */
    private static final class Walk {
        private final RegionAnalysis regions;
        private final RegionTree tree;
        private final DocumentOutline outline;
        private final List<Span> sentences;
        private final List<RegionMention> named;
        private final List<Anaphor> anaphors;
        private final TopicPosition position;
        private final NavigableMap<Integer, Scope> focus = new TreeMap<>();
        private final List<RegionMention> resolved = new ArrayList<>();
        private final List<Span> national = new ArrayList<>();
        private final Scope[] sections = new Scope[LEVELS + 1];
        private Scope document;
        private Scope turn;
        private int paragraphStart;

        Walk(CleanedArticle article, RegionAnalysis regions, DocumentOutline outline, List<Anaphor> found) {
            String text = article.text();
            this.regions = regions;
            this.tree = new RegionTree(regions);
            this.outline = outline;
            this.sentences = article.sentences() == null || article.sentences().isEmpty()
                    ? List.of(new Span(0, text.length())) : article.sentences();
            this.named = regions.mentions().stream().filter(m -> !m.anaphora() && m.region() != null).toList();
            this.anaphors = outsideNamed(found, named);
            this.position = new TopicPosition(text);
        }

        DocumentTopics run() {
            document = Scope.of(regions.subject());
            Block title = outline.blocks().stream().filter(b -> b.kind() == BlockKind.TITLE).findFirst().orElse(null);
            if (title != null) {
                document = headlineTopic(title.span(), document);
            }
            int next = 0;
            for (Block block : outline.blocks()) {
                next = walkBlock(block, next);
            }
            for (; next < sentences.size(); next++) {
                focus.put(sentences.get(next).start(), document);
            }
            List<RegionMention> all = new ArrayList<>(named);
            all.addAll(resolved);
            all.sort(Comparator.comparingInt(RegionMention::start));
            return new DocumentTopics(outline, focus, List.copyOf(all), List.copyOf(national), tree);
        }

        /** Walks the sentences of one block; returns the index of the first sentence after it. */
        private int walkBlock(Block block, int next) {
            while (next < sentences.size() && sentences.get(next).end() <= block.span().start()) {
                focus.put(sentences.get(next).start(), document);
                next++;
            }
            paragraphStart = block.span().start();
            Scope current = startOf(block);
            while (next < sentences.size() && sentences.get(next).start() < block.span().end()) {
                current = walkSentence(sentences.get(next++), current);
            }
            endOf(block, current);
            return next;
        }

        private Scope startOf(Block block) {
            return switch (block.kind()) {
                case TITLE -> document;
                case HEADING -> parentSection(block.level());
                case QUESTION -> section();
                default -> turn != null ? turn : section();
            };
        }

        private void endOf(Block block, Scope last) {
            switch (block.kind()) {
                case HEADING -> {
                    sections[block.level()] = last;
                    for (int l = block.level() + 1; l <= LEVELS; l++) {
                        sections[l] = null;
                    }
                    turn = null;
                }
                case QUESTION -> turn = last.equals(section()) ? null : last;
                default -> {
                }
            }
        }

        /** Sets the focus of one sentence and returns the focus for the next one. */
        private Scope walkSentence(Span sentence, Scope current) {
            List<RegionMention> namedHere = Positions.within(named, sentence.start(), sentence.end(), RegionMention::start);
            List<Anaphor> anaphorsHere = Positions.within(anaphors, sentence.start(), sentence.end(), Anaphor::start);
            Scope topic = resolveTopic(position.topicOf(sentence, merged(namedHere, anaphorsHere)), current, sentence);
            Scope here = topic != null ? topic : current;
            focus.put(sentence.start(), here);
            for (Anaphor a : anaphorsHere) {
                resolveAnaphor(a, here, sentence);
            }
            RegionMention shift = position.shiftIn(sentence, namedHere);
            return shift != null ? Scope.of(shift.region()) : here;
        }

        private Scope resolveTopic(Object candidate, Scope current, Span sentence) {
            if (candidate instanceof RegionMention m) {
                return Scope.of(m.region());
            }
            if (candidate instanceof Anaphor a) {
                if (a.national()) {
                    return Scope.NATIONAL;
                }
                RegionInfo r = resolve(a, current, sentence);
                return r == null ? null : Scope.of(r);
            }
            return null;
        }

        private void resolveAnaphor(Anaphor a, Scope here, Span sentence) {
            if (a.national()) {
                national.add(new Span(a.start(), a.end()));
                return;
            }
            RegionInfo r = resolve(a, here, sentence);
            if (r != null) {
                resolved.add(new RegionMention(a.start(), a.end(), a.text(), r, true));
            }
        }

        private RegionInfo resolve(Anaphor a, Scope here, Span sentence) {
            RegionInfo inSentence = namedBefore(a, sentence.start());
            if (inSentence != null) {
                return inSentence;
            }
            RegionInfo inFocus = fitting(a, here);
            if (inFocus != null) {
                return inFocus;
            }
            RegionInfo inParagraph = namedBefore(a, paragraphStart);
            if (inParagraph != null) {
                return inParagraph;
            }
            RegionInfo inDocument = fitting(a, document);
            return inDocument != null ? inDocument : fitting(a, Scope.of(regions.subject()));
        }

        /** The region of the scope, or its ancestor, that the anaphor can denote. */
        private RegionInfo fitting(Anaphor a, Scope scope) {
            if (!scope.isRegion()) {
                return null;
            }
            for (RegionInfo r : tree.chain(scope.region())) {
                if (AnaphorFinder.fits(a.unit(), r)) {
                    return r;
                }
            }
            return null;
        }

        /** 城南庄镇全镇有…: the latest fitting region named between {@code from} and the anaphor. */
        private RegionInfo namedBefore(Anaphor a, int from) {
            int i = Positions.firstAtOrAfter(named, a.start(), RegionMention::start) - 1;
            for (int seen = 0; i >= 0 && seen < LOOK_BACK; i--, seen++) {
                RegionMention m = named.get(i);
                if (m.start() < from) {
                    return null;
                }
                if (m.end() <= a.start() && AnaphorFinder.fits(a.unit(), m.region())) {
                    return m.region();
                }
            }
            return null;
        }

        private Scope headlineTopic(Span title, Scope subject) {
            RegionMention m = position.headlineRegion(title,
                    Positions.within(named, title.start(), title.end(), RegionMention::start));
            if (m == null) {
                return subject;
            }
            boolean specific = !subject.isRegion() || rank(m.region()) >= rank(subject.region()) || rank(m.region()) >= 2;
            return specific ? Scope.of(m.region()) : subject;
        }

        private static List<Object> merged(List<RegionMention> namedHere, List<Anaphor> anaphorsHere) {
            List<Object> out = new ArrayList<>(namedHere.size() + anaphorsHere.size());
            out.addAll(namedHere);
            out.addAll(anaphorsHere);
            out.sort(Comparator.comparingInt(TopicPosition::startOf));
            return out;
        }

        private Scope section() {
            for (int l = LEVELS; l >= 1; l--) {
                if (sections[l] != null) {
                    return sections[l];
                }
            }
            return document;
        }

        private Scope parentSection(int level) {
            for (int l = level - 1; l >= 1; l--) {
                if (sections[l] != null) {
                    return sections[l];
                }
            }
            return document;
        }

        /** The anaphors that are not part of a region's name (both lists sorted by start). */
        private static List<Anaphor> outsideNamed(List<Anaphor> found, List<RegionMention> named) {
            List<Anaphor> out = new ArrayList<>();
            int j = 0;
            for (Anaphor a : found) {
                while (j < named.size() && named.get(j).end() <= a.start()) {
                    j++;
                }
                boolean overlaps = j < named.size() && named.get(j).start() < a.end();
                if (!overlaps) {
                    out.add(a);
                }
            }
            return out;
        }

        private static int rank(RegionInfo r) {
            return switch (r.level()) {
                case "province" -> 0;
                case "prefecture" -> 1;
                case "county" -> 2;
                case "township" -> 3;
                default -> 4;
            };
        }
    }
}
