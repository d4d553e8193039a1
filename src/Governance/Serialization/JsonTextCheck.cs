using System.Buffers;
using System.Text.Json;

namespace Participation.Governance.Serialization;

/// <summary>
/// Checks the raw bytes of a JSON string or property name (between its quotes) for text that is not Unicode: bytes
/// that are not UTF-8 (UTF-8-encoded surrogates included) and <c>\u</c> escapes of half a surrogate pair.
/// </summary>
/// <remarks>
/// <see cref="System.Text.Json.Utf8JsonReader"/> reads such strings without complaint and fails only when their value is
/// taken, with an <see cref="InvalidOperationException"/> or, inside the serializer, a message about the expected type.
/// Checking first lets the reader refuse them with the JSON path and a message that says what is wrong.
/// </remarks>
internal static class JsonTextCheck
{
    /// <summary>
    /// Gets the string the reader is on, throwing <see cref="JsonException"/> (not <see cref="InvalidOperationException"/>)
    /// when it is not Unicode: what every converter of this library reads strings with.
    /// </summary>
    internal static string GetString(ref Utf8JsonReader reader)
    {
        var raw = reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
        if (FindProblem(raw, reader.ValueIsEscaped) is { } problem)
        {
            throw new JsonException($"The string is not valid Unicode: {problem}.");
        }

        return reader.GetString()!;
    }

    /// <summary>Returns null when the raw string is Unicode text, or what is wrong with it.</summary>
    internal static string? FindProblem(ReadOnlySpan<byte> raw, bool isEscaped)
    {
#if NET8_0_OR_GREATER
        // The common case, vectorised: no escapes and valid UTF-8 (which excludes encoded surrogates).
        if (!isEscaped && System.Text.Unicode.Utf8.IsValid(raw))
        {
            return null;
        }
#endif
        var i = 0;
        while (i < raw.Length)
        {
            var b = raw[i];
            if (b == (byte)'\\' && isEscaped)
            {
                if (i + 1 < raw.Length && raw[i + 1] == (byte)'u')
                {
                    var unit = ReadHex(raw, i + 2);
                    if (unit is >= 0xD800 and <= 0xDBFF)
                    {
                        var next = i + 7 < raw.Length && raw[i + 6] == (byte)'\\' && raw[i + 7] == (byte)'u' ? ReadHex(raw, i + 8) : -1;
                        if (next is < 0xDC00 or > 0xDFFF)
                        {
                            return FormattableString.Invariant($"the escape \\u{unit:x4} is the first half of a surrogate pair, and no second half (\\udc00–\\udfff) follows it");
                        }

                        i += 12;
                        continue;
                    }

                    if (unit is >= 0xDC00 and <= 0xDFFF)
                    {
                        return FormattableString.Invariant($"the escape \\u{unit:x4} is the second half of a surrogate pair, and no first half (\\ud800–\\udbff) comes before it");
                    }

                    i += 6;
                    continue;
                }

                // Any other escape is one of \" \\ \/ \b \f \n \r \t: the reader has already checked it.
                i += 2;
                continue;
            }

            var length = Utf8SequenceLength(raw, i);
            if (length == 0)
            {
                return DescribeBadBytes(raw, i);
            }

            i += length;
        }

        return null;
    }

    /// <summary>The length of the well-formed UTF-8 sequence at <paramref name="i"/>, or 0 when the bytes there are not one.</summary>
    private static int Utf8SequenceLength(ReadOnlySpan<byte> raw, int i)
    {
        var b = raw[i];
        if (b < 0x80)
        {
            return 1;
        }

        // The second byte's range depends on the first (RFC 3629): no overlong forms, no surrogates, nothing past U+10FFFF.
        var (length, low, high) = b switch
        {
            >= 0xC2 and <= 0xDF => (2, 0x80, 0xBF),
            0xE0 => (3, 0xA0, 0xBF),
            >= 0xE1 and <= 0xEC => (3, 0x80, 0xBF),
            0xED => (3, 0x80, 0x9F),
            >= 0xEE and <= 0xEF => (3, 0x80, 0xBF),
            0xF0 => (4, 0x90, 0xBF),
            >= 0xF1 and <= 0xF3 => (4, 0x80, 0xBF),
            0xF4 => (4, 0x80, 0x8F),
            _ => (0, 0, 0),
        };
        if (length == 0 || i + length > raw.Length || raw[i + 1] < low || raw[i + 1] > high)
        {
            return 0;
        }

        for (var k = 2; k < length; k++)
        {
            if (raw[i + k] is < 0x80 or > 0xBF)
            {
                return 0;
            }
        }

        return length;
    }

    private static string DescribeBadBytes(ReadOnlySpan<byte> raw, int i)
    {
        // ED A0..BF xx is how a lone surrogate looks once encoded (as .NET strings can hold): name it as such.
        if (raw[i] == 0xED && i + 2 < raw.Length && raw[i + 1] is >= 0xA0 and <= 0xBF && raw[i + 2] is >= 0x80 and <= 0xBF)
        {
            var unit = 0xD000 | ((raw[i + 1] & 0x3F) << 6) | (raw[i + 2] & 0x3F);
            return FormattableString.Invariant($"it holds half of a surrogate pair (U+{unit:X4}) on its own, which is not a character");
        }

        return FormattableString.Invariant($"the byte 0x{raw[i]:X2} at offset {i} in the string does not begin a valid UTF-8 character");
    }

    private static int ReadHex(ReadOnlySpan<byte> raw, int start)
    {
        if (start + 4 > raw.Length)
        {
            return -1;
        }

        var value = 0;
        for (var k = start; k < start + 4; k++)
        {
            var b = raw[k];
            var digit = b switch
            {
                >= (byte)'0' and <= (byte)'9' => b - '0',
                >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
                _ => -1,
            };
            if (digit < 0)
            {
                return -1;
            }

            value = (value << 4) | digit;
        }

        return value;
    }
}
