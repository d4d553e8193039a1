using Participation.Governance.Text;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.ThaiFormatting.Words;

/// <summary>
/// Reads Thai number words back to a <see cref="long"/> (the grammar is documented on
/// <see cref="ThaiNumberWords.Parse(string)"/>). The magnitude is accumulated as a <see cref="ulong"/> so that
/// <see cref="long.MinValue"/> reads back, and every step checks for overflow.
/// </summary>
internal ref struct ThaiNumberReader
{
    private const string Expected = "a Thai number word (ศูนย์, หนึ่ง…เก้า, สิบ, ร้อย, พัน, หมื่น, แสน, ล้าน) or digits";

    /// <summary>No place word has been read in the current group yet.</summary>
    private const int FreshGroup = 6;

    private static readonly ulong[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

    private readonly ReadOnlySpan<char> _text;
    private int _position;

    private ThaiNumberReader(ReadOnlySpan<char> text)
    {
        _text = text;
        _position = 0;
    }

    /// <summary>What a word is: a digit word, a place word inside a group, ล้าน, ลบ, or ศูนย์.</summary>
    private enum WordKind
    {
        None,
        Digit,
        Yi,
        Ed,
        Place,
        Million,
        Minus,
        Zero,
    }

    public static ParseOutcome<long> Read(ReadOnlySpan<char> text) => new ThaiNumberReader(text).Read();

    private static bool IsIgnorable(char c) => ThaiCharacters.IsInvisible(c) || char.IsWhiteSpace(c);

    private static ParseOutcome<long> Fail(string message, int position) =>
        ParseOutcome<long>.ForFailure($"{message} at position {position}.", position);

    private static ParseOutcome<long> Overflow(int position) =>
        Fail("The number is outside the range of a 64-bit integer (about ±9.2 × 10^18); reading stopped", position);

    private ParseOutcome<long> Read()
    {
        SkipIgnorable();
        var negative = false;
        if (Peek(out var kind, out _, out var length) && kind == WordKind.Minus)
        {
            negative = true;
            _position += length;
            SkipIgnorable();
        }

        if (_position == _text.Length)
        {
            return Fail($"Expected {Expected}", _position);
        }

        if (Peek(out kind, out _, out length) && kind == WordKind.Zero)
        {
            _position += length;
            SkipIgnorable();
            return _position == _text.Length
                ? ParseOutcome<long>.ForValue(0)
                : Fail("Expected the end of the text after ศูนย์", _position);
        }

        ulong total = 0;
        ulong group = 0;
        var lowestPlace = FreshGroup;
        var anything = false;
        while (_position < _text.Length)
        {
            var start = _position;
            ulong chunk;
            int place;
            if (ThaiDigits.GetDigitValue(_text[_position]) >= 0)
            {
                if (!ReadDigits(out var number))
                {
                    return Overflow(start);
                }

                SkipIgnorable();
                place = ReadPlace();
                var firstOfAll = total == 0 && group == 0 && lowestPlace == FreshGroup;
                if (number == 0)
                {
                    // Zero in digits is a number only on its own, as ศูนย์ is.
                    return firstOfAll && place == 0 && _position == _text.Length
                        ? ParseOutcome<long>.ForValue(0)
                        : Fail("Expected a non-zero number in digits (0 only on its own)", start);
                }

                if (number > ulong.MaxValue / PowersOfTen[place])
                {
                    return Overflow(start);
                }

                chunk = number * PowersOfTen[place];
                if (!firstOfAll && chunk >= PowersOfTen[lowestPlace])
                {
                    return Fail($"Expected a number below {PowersOfTen[lowestPlace]:N0} after the words before it", start);
                }
            }
            else
            {
                var placeStart = _position;
                if (!Peek(out kind, out var digit, out length))
                {
                    return Fail($"Expected {Expected}", start);
                }

                switch (kind)
                {
                    case WordKind.Million:
                        if (!anything)
                        {
                            return Fail("Expected a number before ล้าน", start);
                        }

                        _position += length;
                        if (total > ulong.MaxValue - group || total + group > ulong.MaxValue / ThaiWordWriter.GroupSize)
                        {
                            return Overflow(start);
                        }

                        total = (total + group) * ThaiWordWriter.GroupSize;
                        group = 0;
                        lowestPlace = FreshGroup;
                        SkipIgnorable();
                        continue;
                    case WordKind.Minus:
                        return Fail("Expected ลบ only at the start", start);
                    case WordKind.Zero:
                        return Fail("Expected ศูนย์ only on its own (zero digits are not read inside a number)", start);
                    case WordKind.Ed when !anything:
                        return Fail("Expected a higher digit before เอ็ด (one at the end of a number)", start);
                    case WordKind.Place:
                        // A place word with no digit before it means one of it (ร้อยเอ็ด = 101).
                        digit = 1;
                        place = ReadPlace();
                        break;
                    default:
                        _position += length;
                        SkipIgnorable();
                        placeStart = _position;
                        place = ReadPlace();
                        break;
                }

                if (kind == WordKind.Yi && place != 1)
                {
                    return Fail("Expected สิบ after ยี่", placeStart);
                }

                if (kind == WordKind.Ed && place != 0)
                {
                    return Fail("Expected ล้าน or the end after เอ็ด", placeStart);
                }

                if (place >= lowestPlace)
                {
                    return Fail(
                        lowestPlace == 0
                            ? "Expected ล้าน or the end after the units digit"
                            : $"Expected a place word smaller than {ThaiWordWriter.PlaceWords[lowestPlace]}, ล้าน or the end",
                        start);
                }

                chunk = (ulong)digit * PowersOfTen[place];
            }

            if (group > ulong.MaxValue - chunk)
            {
                return Overflow(start);
            }

            group += chunk;
            lowestPlace = place;
            anything = true;
            SkipIgnorable();
        }

        if (!anything)
        {
            return Fail($"Expected {Expected} after ลบ", _position);
        }

        if (total > ulong.MaxValue - group)
        {
            return Overflow(0);
        }

        var magnitude = total + group;
        if (negative)
        {
            return magnitude <= 1UL << 63 ? ParseOutcome<long>.ForValue((long)(0UL - magnitude)) : Overflow(0);
        }

        return magnitude <= long.MaxValue ? ParseOutcome<long>.ForValue((long)magnitude) : Overflow(0);
    }

    /// <summary>Reads a place word (สิบ … แสน) if one comes next; returns its power of ten, or 0 for none.</summary>
    private int ReadPlace()
    {
        if (Peek(out var kind, out var place, out var length) && kind == WordKind.Place)
        {
            _position += length;
            return place;
        }

        return 0;
    }

    /// <summary>Reads Thai or Arabic digits, with commas allowed between digits. False on overflow.</summary>
    private bool ReadDigits(out ulong number)
    {
        number = 0;
        while (_position < _text.Length)
        {
            var c = _text[_position];
            var digit = ThaiDigits.GetDigitValue(c);
            if (digit < 0)
            {
                if (c == ',' && _position + 1 < _text.Length && ThaiDigits.GetDigitValue(_text[_position + 1]) >= 0)
                {
                    _position++;
                    continue;
                }

                break;
            }

            if (number > (ulong.MaxValue - (ulong)digit) / 10)
            {
                return false;
            }

            number = (number * 10) + (ulong)digit;
            _position++;
        }

        return true;
    }

    private void SkipIgnorable()
    {
        while (_position < _text.Length && IsIgnorable(_text[_position]))
        {
            _position++;
        }
    }

    /// <summary>Recognises the word at the current position without consuming it.</summary>
    /// <param name="kind">The kind of word.</param>
    /// <param name="value">The digit value for digit words (ยี่ = 2, เอ็ด = 1), the power of ten for place words.</param>
    /// <param name="length">The word's length in characters.</param>
    private readonly bool Peek(out WordKind kind, out int value, out int length)
    {
        var rest = _text.Slice(_position);
        for (var digit = 1; digit <= 9; digit++)
        {
            if (rest.StartsWith(ThaiWordWriter.DigitWords[digit].AsSpan(), StringComparison.Ordinal))
            {
                return Found(WordKind.Digit, digit, ThaiWordWriter.DigitWords[digit], out kind, out value, out length);
            }
        }

        for (var place = 1; place <= 5; place++)
        {
            if (rest.StartsWith(ThaiWordWriter.PlaceWords[place].AsSpan(), StringComparison.Ordinal))
            {
                return Found(WordKind.Place, place, ThaiWordWriter.PlaceWords[place], out kind, out value, out length);
            }
        }

        if (rest.StartsWith(ThaiWordWriter.Ed.AsSpan(), StringComparison.Ordinal))
        {
            return Found(WordKind.Ed, 1, ThaiWordWriter.Ed, out kind, out value, out length);
        }

        if (rest.StartsWith(ThaiWordWriter.Yi.AsSpan(), StringComparison.Ordinal))
        {
            return Found(WordKind.Yi, 2, ThaiWordWriter.Yi, out kind, out value, out length);
        }

        if (rest.StartsWith(ThaiWordWriter.Million.AsSpan(), StringComparison.Ordinal))
        {
            return Found(WordKind.Million, 6, ThaiWordWriter.Million, out kind, out value, out length);
        }

        if (rest.StartsWith(ThaiWordWriter.Minus.AsSpan(), StringComparison.Ordinal))
        {
            return Found(WordKind.Minus, 0, ThaiWordWriter.Minus, out kind, out value, out length);
        }

        if (rest.StartsWith(ThaiWordWriter.Zero.AsSpan(), StringComparison.Ordinal))
        {
            return Found(WordKind.Zero, 0, ThaiWordWriter.Zero, out kind, out value, out length);
        }

        kind = WordKind.None;
        value = 0;
        length = 0;
        return false;
    }

    private static bool Found(WordKind found, int foundValue, string word, out WordKind kind, out int value, out int length)
    {
        kind = found;
        value = foundValue;
        length = word.Length;
        return true;
    }
}
