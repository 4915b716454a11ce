/**
 * Cleaning of decoded articles into {@link io.tuopin.nlp.domain.CleanedArticle}.
 *
 * <p>Decisions:
 * <ul>
 * <li>Offsets: every step builds its output with {@link io.tuopin.nlp.text.MappedText.Builder}, which
 *     appends each character with the index in the decoded input it came from, so
 *     {@code sourceIndex} is exact through HTML extraction, repairs, conversion and line dropping.</li>
 * <li>One character in, at most one out: full-width digits, Latin letters, ％ and ． become ASCII
 *     (１２．５％ -> 12.5%), ASCII , ; : ! ? ( ) in Chinese text become full-width; traditional to
 *     simplified is converted per line with HanLP when the length is kept, else per character.
 *     Chinese punctuation stays full-width, so sentence ends are always 。！？.</li>
 * <li>Doubled punctuation collapses to its strongest mark, also when ASCII and full-width marks mix
 *     after a figure ({@code 12.5%,，全年}, {@code 户.。}): whether an ASCII mark is Chinese punctuation is
 *     decided by the nearest words on either side of its run of marks and spaces, not by its immediate
 *     neighbours (which are marks); an ASCII . is a sentence end only after Chinese text or a
 *     percentage (never in 1.5, 1.加强, www.gov.cn or ...). Spaces beside a Chinese mark go.</li>
 * <li>Mojibake: GBK decoded one byte out of step (the scraper pattern {@code ?!叭绻麤]有}) is
 *     repaired by decoding the re-encoded run one byte earlier; UTF-8 decoded as GBK
 *     ({@code 鈥滄垜浠�鏉戜慨} for {@code “我们村修}, {@link io.tuopin.nlp.text.Utf8ReadAsGbk}) by
 *     re-encoding as GBK and decoding as UTF-8, taken only where the result is Chinese throughout, loses
 *     at most one character in three and reads as more ordinary Chinese (HanLP character frequencies);
 *     characters whose bytes are lost become U+FFFD and are listed in {@code unreliable}, as are other
 *     unrepairable runs.</li>
 * <li>Chrome: dropped by tag/class/id in HTML and by line patterns in text (HTML included);
 *     everything after a closing marker (责任编辑, 版权声明, 分享到, 相关文章, the masthead lines of
 *     magazine and newspaper pages such as 订阅热线 and 本期责任编辑 ...) in the second half is dropped.
 *     A title found only in a breadcrumb is restored as the first line.</li>
 * <li>Hostile input: every step is linear in the text. Trees are walked without recursion
 *     ({@link io.tuopin.nlp.text.TreeWalk}: HTML nested 20,000 deep is no deeper for it), link density
 *     is counted for every box in one post-order pass instead of a walk of each box's subtree, no
 *     regex repeats a group over a whole line (a 15 KB line of 微信/ is scanned token by token), a lone
 *     {@code &} looks at most ten characters ahead for its {@code ;}, a run of Latin-1 mojibake that
 *     does not decode is passed over once, and each character starts at most one UTF-8-as-GBK attempt
 *     of at most 400 characters.</li>
 * </ul>
 */
package io.tuopin.nlp.text;
