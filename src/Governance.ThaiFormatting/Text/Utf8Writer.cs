using System.Runtime.CompilerServices;

namespace Participation.Governance.ThaiFormatting.Text;

/// <summary>
/// The UTF-8 encoding every UTF-8 formatting path of this package shares (Thai date patterns, Thai digits): how many
/// bytes UTF-16 text takes, writing it, and the three bytes of a Thai digit, so the encoding rules live in one place.
/// </summary>
/// <remarks>
/// A lone surrogate is written as U+FFFD (three bytes), as <see cref="System.Text.Encoding.UTF8"/> does; the formatters
/// that use this writer refuse such text where it enters (a pattern's literals), so in practice it never sees one.
/// </remarks>
internal static class Utf8Writer
{
    /// <summary>The first byte of every Thai digit (U+0E50–U+0E59 are <c>E0 B9 90</c>–<c>E0 B9 99</c>).</summary>
    internal const byte ThaiDigitLead = 0xE0;

    /// <summary>The second byte of every Thai digit.</summary>
    internal const byte ThaiDigitSecond = 0xB9;

    /// <summary>The third byte of THAI DIGIT ZERO; the others follow it in order.</summary>
    internal const byte ThaiDigitThirdZero = 0x90;

    /// <summary>The bytes one Thai digit takes.</summary>
    internal const int ThaiDigitLength = 3;

    /// <summary>Writes the Thai digit <paramref name="digit"/> (0–9) at <paramref name="index"/>; the caller has checked there are three bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void WriteThaiDigit(Span<byte> destination, int index, uint digit)
    {
        destination[index] = ThaiDigitLead;
        destination[index + 1] = ThaiDigitSecond;
        destination[index + 2] = (byte)(ThaiDigitThirdZero + digit);
    }

    /// <summary>Reads a Thai digit at <paramref name="index"/>: its value (0–9), or -1 when the three bytes there are not one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int ReadThaiDigit(ReadOnlySpan<byte> source, int index)
    {
        if (source.Length - index < ThaiDigitLength || source[index] != ThaiDigitLead || source[index + 1] != ThaiDigitSecond)
        {
            return -1;
        }

        var digit = (uint)(source[index + 2] - ThaiDigitThirdZero);
        return digit <= 9 ? (int)digit : -1;
    }

    /// <summary>Returns the number of bytes <paramref name="text"/> takes in UTF-8.</summary>
    internal static int GetByteCount(ReadOnlySpan<char> text)
    {
        var length = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                length++;
            }
            else if (c < 0x800)
            {
                length += 2;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                length += 4;
                i++;
            }
            else
            {
                // Thai and the rest of the BMP, and a lone surrogate (written as U+FFFD).
                length += 3;
            }
        }

        return length;
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 when it fits.</summary>
    /// <returns>True when it fit; false, with nothing written and <paramref name="bytesWritten"/> 0, otherwise.</returns>
    internal static bool TryWrite(ReadOnlySpan<char> text, Span<byte> destination, out int bytesWritten)
    {
        if (GetByteCount(text) > destination.Length)
        {
            bytesWritten = 0;
            return false;
        }

        bytesWritten = Write(text, destination);
        return true;
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8 into a destination known to be long enough; returns the bytes written.</summary>
    private static int Write(ReadOnlySpan<char> text, Span<byte> destination)
    {
        var j = 0;
        for (var i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (c < 0x80)
            {
                destination[j++] = (byte)c;
            }
            else if (c < 0x800)
            {
                destination[j++] = (byte)(0xC0 | (c >> 6));
                destination[j++] = (byte)(0x80 | (c & 0x3F));
            }
            else if (char.IsHighSurrogate((char)c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var scalar = char.ConvertToUtf32((char)c, text[++i]);
                destination[j++] = (byte)(0xF0 | (scalar >> 18));
                destination[j++] = (byte)(0x80 | ((scalar >> 12) & 0x3F));
                destination[j++] = (byte)(0x80 | ((scalar >> 6) & 0x3F));
                destination[j++] = (byte)(0x80 | (scalar & 0x3F));
            }
            else
            {
                if (char.IsSurrogate((char)c))
                {
                    c = 0xFFFD;
                }

                destination[j++] = (byte)(0xE0 | (c >> 12));
                destination[j++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                destination[j++] = (byte)(0x80 | (c & 0x3F));
            }
        }

        return j;
    }
}
