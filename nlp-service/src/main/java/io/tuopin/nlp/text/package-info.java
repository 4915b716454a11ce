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
 * <li>Mojibake: GBK decoded one byte out of step (the scraper pattern {@code ?!叭绻麤]有}) is
 *     repaired by decoding the re-encoded run one byte earlier; characters whose bytes are lost
 *     become U+FFFD and are listed in {@code unreliable}, as are other unrepairable runs.</li>
 * <li>Chrome: dropped by tag/class/id in HTML and by line patterns in text (HTML included);
 *     everything after a closing marker (责任编辑, 版权声明, 分享到, 相关文章 ...) in the second half
 *     is dropped. A title found only in a breadcrumb is restored as the first line.</li>
 * </ul>
 */
package io.tuopin.nlp.text;
