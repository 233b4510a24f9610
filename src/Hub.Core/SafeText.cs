using System.Globalization;

namespace Hub.Core;

/// <summary>
/// The one rule for characters people cannot see. A name or title that holds a zero-width space, a text-direction
/// override or a control character can pass for another ("A\u200Bda" for "Ada", "\u202Eevil" reads backwards), and an
/// unpaired surrogate is not text at all. Every validator asks here: <see cref="IsSafeLine"/> for names, titles and other
/// one-line fields, <see cref="IsSafeText"/> for free text, where line breaks, tabs and emoji joiners belong.
/// </summary>
public static class SafeText
{
    /// <summary>More combining marks than this on one letter is stacking ("Zalgo"), not a language's accents.</summary>
    public const int MaxCombiningMarks = 4;

    /// <summary>The sentence a validator gives for a field that fails <see cref="IsSafeLine"/> or <see cref="IsSafeText"/>.</summary>
    public static string Refusal(string field) =>
        $"{field} contains a hidden character (a control character, a zero-width space or a text-direction override) or is not valid text; type it again without it.";

    /// <summary>
    /// True for one-line text with no control, format (zero-width, direction) or separator characters, no unpaired
    /// surrogate and no stacked combining marks. A joiner (ZWJ, ZWNJ) between two letters is allowed: Persian and
    /// Indic names need it. Null and empty are safe (emptiness is the field's own rule).
    /// </summary>
    public static bool IsSafeLine(string? value) => Check(value, multiline: false);

    /// <summary>
    /// True for free text with no control character but line breaks and tabs, no direction embedding, override or
    /// isolate, and no unpaired surrogate. Zero-width joiners stay (emoji sequences use them).
    /// </summary>
    public static bool IsSafeText(string? value) => Check(value, multiline: true);

    private static bool Check(string? value, bool multiline)
    {
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        var marks = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return false;
                }

                i++;
                marks = 0;
                continue;
            }

            if (char.IsLowSurrogate(c) || IsDirectionControl(c))
            {
                return false;
            }

            var category = char.GetUnicodeCategory(c);
            switch (category)
            {
                case UnicodeCategory.Control when !(multiline && c is '\n' or '\r' or '\t'):
                    return false;
                case UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator when !multiline:
                    if (!(c is '\u200C' or '\u200D' && IsLetterAt(value, i - 1) && IsLetterAt(value, i + 1)))
                    {
                        return false;
                    }

                    break;
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark when !multiline:
                    if (++marks > MaxCombiningMarks)
                    {
                        return false;
                    }

                    continue;
            }

            marks = 0;
        }

        return true;
    }

    /// <summary>Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder what follows them.</summary>
    private static bool IsDirectionControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';

    private static bool IsLetterAt(string value, int index) =>
        index >= 0 && index < value.Length && char.GetUnicodeCategory(value[index]) is UnicodeCategory.UppercaseLetter
            or UnicodeCategory.LowercaseLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
}
