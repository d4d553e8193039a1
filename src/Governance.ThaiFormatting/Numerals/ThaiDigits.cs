using System.Buffers;
using System.Runtime.CompilerServices;
#if NET8_0_OR_GREATER
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif
using Participation.Governance.Text;
using Participation.Governance.ThaiFormatting.Text;

namespace Participation.Governance.ThaiFormatting.Numerals;

/// <summary>
/// Converts between Arabic (ASCII) digits <c>0123456789</c> and Thai digits <c>๐๑๒๓๔๕๖๗๘๙</c>
/// (U+0E50–U+0E59) in UTF-16 and UTF-8 text, and formats integers straight to either kind of digit.
/// </summary>
/// <remarks>
/// <para>
/// Every conversion copies everything that is not a digit unchanged, so converting Arabic → Thai → Arabic
/// gives back the original text whenever the original held no Thai digits (and Thai → Arabic → Thai
/// whenever it held no ASCII digits).
/// </para>
/// <para>
/// In UTF-16 a digit maps to exactly one <see cref="char"/> (<c>'0' + 0x0E20 = '๐'</c>), so the span
/// overloads write exactly as many characters as they read and may convert in place (destination and
/// source starting at the same address); other overlaps are not supported. On .NET 8 and later the UTF-16
/// paths process eight characters at a time with <c>Vector128</c>.
/// </para>
/// <para>
/// In UTF-8 a Thai digit is three bytes (<c>E0 B9 90</c>–<c>E0 B9 99</c>) while an ASCII digit is one,
/// so the UTF-8 overloads follow the <see cref="OperationStatus"/> convention of
/// <c>System.Text.Unicode.Utf8</c>: they convert as much as fits, never split one input character's
/// output, and report how many bytes they consumed and wrote so the caller can continue.
/// </para>
/// </remarks>
/// <threadsafety>This type is stateless; all members are thread-safe.</threadsafety>
public static class ThaiDigits
{
    /// <summary>The distance from an ASCII digit to the Thai digit of the same value.</summary>
    private const int ThaiOffset = '๐' - '0';

    /// <summary>Returns whether <paramref name="c"/> is a Thai digit ๐–๙ (U+0E50–U+0E59).</summary>
    /// <param name="c">The character to test.</param>
    /// <returns>True for U+0E50 to U+0E59.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsThaiDigit(char c) => (uint)(c - '๐') <= 9;

    /// <summary>Returns whether <paramref name="c"/> is an ASCII digit 0–9.</summary>
    /// <param name="c">The character to test.</param>
    /// <returns>True for U+0030 to U+0039.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiDigit(char c) => (uint)(c - '0') <= 9;

    /// <summary>Returns the value of an ASCII or Thai digit.</summary>
    /// <param name="c">The character to read.</param>
    /// <returns>0 to 9 for <c>0</c>–<c>9</c> and <c>๐</c>–<c>๙</c>; -1 for any other character.</returns>
    public static int GetDigitValue(char c) => ThaiCharacters.GetDigitValue(c);

    /// <summary>Returns the Thai digit for a value from 0 to 9.</summary>
    /// <param name="value">The digit value.</param>
    /// <returns>The character ๐ to ๙.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not between 0 and 9.</exception>
    public static char ToThaiDigit(int value)
    {
        Preconditions.CheckArgumentRange(nameof(value), value, 0, 9);
        return (char)('๐' + value);
    }

    /// <summary>Replaces every ASCII digit in <paramref name="text"/> with the Thai digit of the same value.</summary>
    /// <param name="text">The text to convert.</param>
    /// <returns>The converted text; the same instance when <paramref name="text"/> holds no ASCII digit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string ToThai(string text) => Convert(Preconditions.CheckNotNull(text), toThai: true);

    /// <summary>Replaces every Thai digit in <paramref name="text"/> with the ASCII digit of the same value.</summary>
    /// <param name="text">The text to convert.</param>
    /// <returns>The converted text; the same instance when <paramref name="text"/> holds no Thai digit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string ToArabic(string text) => Convert(Preconditions.CheckNotNull(text), toThai: false);

    /// <summary>Converts the digits of <paramref name="text"/> to the given style.</summary>
    /// <param name="text">The text to convert.</param>
    /// <param name="style">The digits wanted: <see cref="DigitStyle.Thai"/> or <see cref="DigitStyle.Arabic"/>.</param>
    /// <returns>The converted text; the same instance when nothing changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> is not a defined value.</exception>
    public static string ToDigits(string text, DigitStyle style) => style switch
    {
        DigitStyle.Thai => ToThai(text),
        DigitStyle.Arabic => ToArabic(text),
        _ => throw new ArgumentOutOfRangeException(nameof(style), style, "Expected DigitStyle.Arabic or DigitStyle.Thai."),
    };

    /// <summary>Copies <paramref name="source"/> to <paramref name="destination"/>, replacing ASCII digits with Thai digits.</summary>
    /// <param name="source">The text to convert.</param>
    /// <param name="destination">Receives the converted text, one character for each; may be the same memory as <paramref name="source"/>.</param>
    /// <param name="charsWritten">The number of characters converted and written (as many as were read).</param>
    /// <returns>
    /// <see cref="OperationStatus.Done"/> when the whole source was converted; <see cref="OperationStatus.DestinationTooSmall"/>
    /// when <paramref name="destination"/> is shorter than <paramref name="source"/>, after converting as much as fits —
    /// the same contract as <c>System.Text.Ascii.ToUpper</c> and the UTF-8 overload.
    /// </returns>
    public static OperationStatus ToThai(ReadOnlySpan<char> source, Span<char> destination, out int charsWritten)
        => ConvertSpan(source, destination, toThai: true, out charsWritten);

    /// <summary>Copies <paramref name="source"/> to <paramref name="destination"/>, replacing Thai digits with ASCII digits.</summary>
    /// <param name="source">The text to convert.</param>
    /// <param name="destination">Receives the converted text, one character for each; may be the same memory as <paramref name="source"/>.</param>
    /// <param name="charsWritten">The number of characters converted and written (as many as were read).</param>
    /// <returns>
    /// <see cref="OperationStatus.Done"/> when the whole source was converted; <see cref="OperationStatus.DestinationTooSmall"/>
    /// when <paramref name="destination"/> is shorter than <paramref name="source"/>, after converting as much as fits.
    /// </returns>
    public static OperationStatus ToArabic(ReadOnlySpan<char> source, Span<char> destination, out int charsWritten)
        => ConvertSpan(source, destination, toThai: false, out charsWritten);

    /// <summary>Converts UTF-8 text, replacing each ASCII digit (one byte) with a Thai digit (three bytes).</summary>
    /// <param name="utf8Source">The UTF-8 text to convert.</param>
    /// <param name="utf8Destination">Receives the converted UTF-8 text.</param>
    /// <param name="bytesConsumed">The number of source bytes converted.</param>
    /// <param name="bytesWritten">The number of bytes written to <paramref name="utf8Destination"/>.</param>
    /// <returns>
    /// <see cref="OperationStatus.Done"/> when the whole source was converted;
    /// <see cref="OperationStatus.DestinationTooSmall"/> when the next input would not fit (the output of a digit
    /// is never split, so <paramref name="bytesConsumed"/> always ends on a whole input).
    /// Bytes other than ASCII digits are copied as they are, without validating the UTF-8.
    /// </returns>
    public static OperationStatus ToThai(ReadOnlySpan<byte> utf8Source, Span<byte> utf8Destination, out int bytesConsumed, out int bytesWritten)
    {
        var read = 0;
        var written = 0;
        var status = OperationStatus.Done;
        while (read < utf8Source.Length)
        {
            var b = utf8Source[read];
            var digit = (uint)(b - '0');
            if (digit <= 9)
            {
                if (utf8Destination.Length - written < Utf8Writer.ThaiDigitLength)
                {
                    status = OperationStatus.DestinationTooSmall;
                    break;
                }

                Utf8Writer.WriteThaiDigit(utf8Destination, written, digit);
                written += Utf8Writer.ThaiDigitLength;
            }
            else
            {
                if (written == utf8Destination.Length)
                {
                    status = OperationStatus.DestinationTooSmall;
                    break;
                }

                utf8Destination[written++] = b;
            }

            read++;
        }

        bytesConsumed = read;
        bytesWritten = written;
        return status;
    }

    /// <summary>Converts UTF-8 text, replacing each Thai digit (three bytes) with an ASCII digit (one byte).</summary>
    /// <param name="utf8Source">The UTF-8 text to convert.</param>
    /// <param name="utf8Destination">Receives the converted UTF-8 text; never longer than the source.</param>
    /// <param name="bytesConsumed">The number of source bytes converted.</param>
    /// <param name="bytesWritten">The number of bytes written to <paramref name="utf8Destination"/>.</param>
    /// <returns>
    /// <see cref="OperationStatus.Done"/> when the whole source was converted;
    /// <see cref="OperationStatus.DestinationTooSmall"/> when the destination filled up first;
    /// <see cref="OperationStatus.NeedMoreData"/> when the source ends with the first one or two bytes of a
    /// three-byte character starting <c>E0</c> (<c>E0</c> or <c>E0 B9</c>), which might be a Thai digit cut
    /// in two by a buffer boundary. Those bytes are not consumed: a caller streaming the text passes them again
    /// at the start of the next chunk, and a caller holding the whole text copies them as they are (on their
    /// own they are not valid UTF-8 and cannot be a digit). Other bytes are copied as they are, without
    /// validating the UTF-8.
    /// </returns>
    public static OperationStatus ToArabic(ReadOnlySpan<byte> utf8Source, Span<byte> utf8Destination, out int bytesConsumed, out int bytesWritten)
    {
        var read = 0;
        var written = 0;
        var status = OperationStatus.Done;
        while (read < utf8Source.Length)
        {
            var b = utf8Source[read];
            var length = 1;
            if (b == Utf8Writer.ThaiDigitLead)
            {
                var remaining = utf8Source.Length - read;
                if (remaining < Utf8Writer.ThaiDigitLength && (remaining == 1 || utf8Source[read + 1] == Utf8Writer.ThaiDigitSecond))
                {
                    status = OperationStatus.NeedMoreData;
                    break;
                }

                var digit = Utf8Writer.ReadThaiDigit(utf8Source, read);
                if (digit >= 0)
                {
                    b = (byte)('0' + digit);
                    length = Utf8Writer.ThaiDigitLength;
                }
            }

            if (written == utf8Destination.Length)
            {
                status = OperationStatus.DestinationTooSmall;
                break;
            }

            utf8Destination[written++] = b;
            read += length;
        }

        bytesConsumed = read;
        bytesWritten = written;
        return status;
    }

    /// <summary>Formats an integer with Thai or Arabic digits into a span, without allocating.</summary>
    /// <param name="value">The integer to format.</param>
    /// <param name="destination">Receives the digits.</param>
    /// <param name="charsWritten">The number of characters written; 0 when the result did not fit.</param>
    /// <param name="style">The digits to write (Thai by default).</param>
    /// <param name="useGrouping">Whether to separate thousands with commas (<c>๑,๒๓๔,๕๖๗</c>), as Thai documents do.</param>
    /// <returns>True when the whole result fitted; false (and nothing written) otherwise.</returns>
    /// <remarks>Negative values start with an ASCII hyphen-minus, as in <c>-๔๒</c>.</remarks>
    public static bool TryFormat(long value, Span<char> destination, out int charsWritten, DigitStyle style = DigitStyle.Thai, bool useGrouping = false)
    {
        var magnitude = value < 0 ? 0UL - (ulong)value : (ulong)value;
        var digitCount = CountDigits(magnitude);
        var length = digitCount + (useGrouping ? (digitCount - 1) / 3 : 0) + (value < 0 ? 1 : 0);
        if (length > destination.Length)
        {
            charsWritten = 0;
            return false;
        }

        var zero = style == DigitStyle.Thai ? '๐' : '0';
        var position = length;
        var inGroup = 0;
        do
        {
            if (useGrouping && inGroup == 3)
            {
                destination[--position] = ',';
                inGroup = 0;
            }

            destination[--position] = (char)(zero + (int)(magnitude % 10));
            magnitude /= 10;
            inGroup++;
        }
        while (magnitude != 0);

        if (value < 0)
        {
            destination[0] = '-';
        }

        charsWritten = length;
        return true;
    }

    /// <summary>Formats an integer with Thai or Arabic digits.</summary>
    /// <param name="value">The integer to format.</param>
    /// <param name="style">The digits to write (Thai by default).</param>
    /// <param name="useGrouping">Whether to separate thousands with commas.</param>
    /// <returns>The formatted integer, e.g. <c>๑,๒๓๔</c>.</returns>
    public static string Format(long value, DigitStyle style = DigitStyle.Thai, bool useGrouping = false)
    {
        // 19 digits, 6 commas and a sign fit in 26 characters.
        Span<char> buffer = stackalloc char[26];
        TryFormat(value, buffer, out var written, style, useGrouping);
        return buffer.Slice(0, written).ToString();
    }

    private static int CountDigits(ulong value)
    {
        var count = 1;
        while (value >= 10)
        {
            value /= 10;
            count++;
        }

        return count;
    }

    private static OperationStatus ConvertSpan(ReadOnlySpan<char> source, Span<char> destination, bool toThai, out int charsWritten)
    {
        if (destination.Length < source.Length)
        {
            charsWritten = destination.Length;
            ConvertCore(source.Slice(0, charsWritten), destination, toThai);
            return OperationStatus.DestinationTooSmall;
        }

        charsWritten = source.Length;
        ConvertCore(source, destination, toThai);
        return OperationStatus.Done;
    }

    private static string Convert(string text, bool toThai)
    {
        var first = IndexOfDigit(text.AsSpan(), toThai);
        if (first < 0)
        {
            return text;
        }

#if NET8_0_OR_GREATER
        return string.Create(text.Length, (text, first, toThai), static (destination, state) =>
        {
            state.text.AsSpan(0, state.first).CopyTo(destination);
            ConvertCore(state.text.AsSpan(state.first), destination.Slice(state.first), state.toThai);
        });
#else
        var chars = text.ToCharArray();
        ConvertCore(text.AsSpan(first), chars.AsSpan(first), toThai);
        return new string(chars);
#endif
    }

    private static int IndexOfDigit(ReadOnlySpan<char> text, bool toThai)
    {
#if NET8_0_OR_GREATER
        return toThai ? text.IndexOfAnyInRange('0', '9') : text.IndexOfAnyInRange('๐', '๙');
#else
        var low = toThai ? '0' : '๐';
        for (var i = 0; i < text.Length; i++)
        {
            if ((uint)(text[i] - low) <= 9)
            {
                return i;
            }
        }

        return -1;
#endif
    }

    private static void ConvertCore(ReadOnlySpan<char> source, Span<char> destination, bool toThai)
    {
        var low = toThai ? '0' : '๐';
        var offset = toThai ? ThaiOffset : -ThaiOffset;
        var i = 0;
#if NET8_0_OR_GREATER
        if (Vector128.IsHardwareAccelerated && source.Length >= Vector128<ushort>.Count)
        {
            i = ConvertVector128(source, destination, low, (ushort)offset);
        }
#endif
        for (; i < source.Length; i++)
        {
            var c = source[i];
            destination[i] = (uint)(c - low) <= 9 ? (char)(c + offset) : c;
        }
    }

#if NET8_0_OR_GREATER
    /// <summary>Converts whole blocks of eight characters; returns how many characters it converted.</summary>
    /// <remarks>
    /// As in <c>System.Text.Ascii</c>'s case conversion: subtracting the low end of the range and comparing
    /// unsigned finds the digits in one compare, and adding the masked offset converts them without branches.
    /// The offset is added modulo 2^16, so the same code goes Thai → Arabic with offset -0x0E20.
    /// </remarks>
    private static int ConvertVector128(ReadOnlySpan<char> source, Span<char> destination, char low, ushort offset)
    {
        ref var src = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(source));
        ref var dst = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination));
        var lowVector = Vector128.Create((ushort)low);
        var nine = Vector128.Create((ushort)9);
        var offsetVector = Vector128.Create(offset);
        var count = Vector128<ushort>.Count;
        var last = (nuint)(source.Length - count);
        nuint i = 0;
        for (; i <= last; i += (nuint)count)
        {
            var chars = Vector128.LoadUnsafe(ref src, i);
            var isDigit = Vector128.LessThanOrEqual(chars - lowVector, nine);
            (chars + (offsetVector & isDigit)).StoreUnsafe(ref dst, i);
        }

        return (int)i;
    }
#endif
}
