package io.tuopin.events.codec;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes article bytes: a byte-order mark, else the declared charset (HTTP header or HTML meta),
 * else detection among UTF-8, GB18030 (a superset of GBK and GB2312) and Big5. Decoding is strict:
 * bytes that are not valid in the chosen charset are rejected with a reason, never guessed into
 * replacement characters. Both ingest-service and {@code bin/extract} decode with this class, so an
 * article's id (a hash of its decoded text) is the same whichever way it came in.
 */
public final class TextDecoder {
    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5 = Charset.forName("Big5-HKSCS");
    private static final Pattern META_CHARSET =
            Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);
    // Frequent characters of news Chinese, in both scripts; decoding with the wrong legacy charset
    // yields rare characters instead.
    private static final String COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞贫困村镇乡户脱攻坚扶帮驻扶册档"
            + "這個國會來們時對發動過說產種後業從當兩體點應還機經現實於進關長開問題與間樣義頭學區縣鄉鎮貧幫駐戶脫攻堅檔萬億員務眾書華傳當農場線網歲";

    private TextDecoder() {
    }

    /**
     * @param declared the charset the sender declared (may be null or blank)
     * @param html     whether to look for a charset in an HTML meta tag when none is declared
     */
    public static DecodedText decode(byte[] bytes, String declared, boolean html) throws UndecodableTextException {
        if (bytes.length == 0) {
            throw new UndecodableTextException("the content is empty");
        }
        DecodedText bom = decodeByBom(bytes);
        if (bom != null) {
            return bom;
        }
        String name = declared == null || declared.isBlank() ? (html ? metaCharset(bytes) : null) : declared;
        if (name != null) {
            return decodeDeclared(bytes, name);
        }
        return detect(bytes);
    }

    private static DecodedText decodeByBom(byte[] b) throws UndecodableTextException {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return strictOrFail(b, 3, StandardCharsets.UTF_8, false);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return strictOrFail(b, 2, StandardCharsets.UTF_16LE, false);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return strictOrFail(b, 2, StandardCharsets.UTF_16BE, false);
        }
        return null;
    }

    private static DecodedText decodeDeclared(byte[] bytes, String name) throws UndecodableTextException {
        return strictOrFail(bytes, 0, charsetFor(name), false);
    }

    /** Maps declared names to the charset that decodes them: GB2312 and GBK pages are GB18030 in practice. */
    static Charset charsetFor(String name) throws UndecodableTextException {
        String n = name.trim().toLowerCase(Locale.ROOT).replace("\"", "");
        switch (n) {
            case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "windows-936", "euc-cn" -> {
                return GB18030;
            }
            case "big5", "big5-hkscs", "cp950", "x-windows-950" -> {
                return BIG5;
            }
            default -> {
                try {
                    return Charset.forName(n);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new UndecodableTextException("unsupported charset '" + name + "'");
                }
            }
        }
    }

    private static DecodedText strictOrFail(byte[] bytes, int offset, Charset cs, boolean detected)
            throws UndecodableTextException {
        String text = strict(bytes, offset, cs);
        if (text == null) {
            throw new UndecodableTextException("the bytes are not valid " + cs.name());
        }
        return new DecodedText(text, cs.name(), detected);
    }

    private static DecodedText detect(byte[] bytes) throws UndecodableTextException {
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new DecodedText(utf8, StandardCharsets.UTF_8.name(), true);
        }
        DecodedText best = null;
        double bestScore = -1;
        for (Charset cs : List.of(GB18030, BIG5)) {
            String text = strict(bytes, 0, cs);
            double score = text == null ? -1 : plausibility(text);
            if (score > bestScore) {
                bestScore = score;
                best = text == null ? null : new DecodedText(text, cs.name(), true);
            }
        }
        if (best == null || bestScore < 0.2) {
            throw new UndecodableTextException(
                    "the bytes are not UTF-8, GB18030/GBK or Big5 text (declare the charset if it is another)");
        }
        return best;
    }

    /** Share of the Han characters that are common ones: high for the right charset, low for a wrong one. */
    static double plausibility(String text) {
        int han = 0;
        int common = 0;
        int odd = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
                if (COMMON.indexOf(c) >= 0) {
                    common++;
                }
            } else if (Character.isISOControl(c) && !Character.isWhitespace(c)
                    || Character.getType(c) == Character.PRIVATE_USE || Character.isSurrogate(c)) {
                odd++;
            }
        }
        if (han == 0) {
            return odd == 0 ? 1.0 : 0.0;
        }
        return (double) common / han - (double) odd / text.length();
    }

    private static String metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    private static String strict(byte[] bytes, int offset, Charset cs) {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
