using System.Globalization;
using System.Text;
using Participation.Governance.Text;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.ThaiFormatting.Outline;

/// <summary>
/// The number of a clause in an outline: <c>๑</c>, <c>๑.๑</c>, <c>๑.๑.๒</c> — one positive number per level,
/// from the top level down.
/// </summary>
/// <remarks>
/// <para>
/// A number has between 1 and <see cref="MaxDepth"/> levels, each from 1 to <see cref="int.MaxValue"/>.
/// The default value is the first top-level number, <c>1</c>, so an uninitialized value is still a valid number.
/// </para>
/// <para>
/// Equality compares the levels. Ordering is the reading order of an outline: level by level, and a number comes
/// before its children (1 &lt; 1.1 &lt; 1.1.2 &lt; 1.2 &lt; 2). The text forms are those of
/// <see cref="OutlineNumberStyle"/>, in Thai or Arabic digits; <see cref="ToString()"/> writes the dotted form in
/// Arabic digits (<c>1.</c>, <c>1.1</c>).
/// </para>
/// </remarks>
/// <threadsafety>This type is an immutable value type and is thread-safe.</threadsafety>
public readonly struct OutlineNumber : IEquatable<OutlineNumber>, IComparable<OutlineNumber>, IComparable
{
    /// <summary>The most levels a number may have.</summary>
    public const int MaxDepth = 16;

    // A number of at most PackedDepth levels, each at most 65,535 (every number real documents use), is packed into
    // _packed, 16 bits a level, so reading a clause number allocates nothing; anything deeper or larger is held in
    // _levels, never mutated. Neither set (_packedDepth 0, _levels null) is the single level 1, so that
    // default(OutlineNumber) is the number 1.
    private const int PackedDepth = 4;
    private readonly int[]? _levels;
    private readonly ulong _packed;
    private readonly byte _packedDepth;

    /// <summary>Initializes a number from its levels, top level first.</summary>
    /// <param name="levels">One to <see cref="MaxDepth"/> positive numbers, e.g. <c>1, 1, 2</c> for ๑.๑.๒. The array is copied.</param>
    /// <exception cref="ArgumentNullException"><paramref name="levels"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="levels"/> is empty or has more than <see cref="MaxDepth"/> levels.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A level is less than 1.</exception>
    public OutlineNumber(params int[] levels)
    {
        Preconditions.CheckNotNull(levels);
        Preconditions.CheckArgument(
            levels.Length is > 0 and <= MaxDepth,
            nameof(levels),
            $"An outline number has 1 to {MaxDepth} levels; got {levels.Length}.");
        foreach (var level in levels)
        {
            Preconditions.CheckArgumentRange(nameof(levels), level, 1, int.MaxValue);
        }

        this = FromLevels(levels);
    }

    private OutlineNumber(int[]? levels, ulong packed, byte packedDepth)
    {
        _levels = levels;
        _packed = packed;
        _packedDepth = packedDepth;
    }

    /// <summary>Gets the first top-level number, <c>1</c> (also the default value).</summary>
    public static OutlineNumber First => default;

    /// <summary>Gets how many levels the number has: 1 for <c>๒.</c>, 3 for <c>๑.๑.๒</c>.</summary>
    public int Depth => _levels?.Length ?? (_packedDepth == 0 ? 1 : _packedDepth);

    /// <summary>Gets the number of the clause within its parent: the last level (2 for <c>๑.๑.๒</c>).</summary>
    public int Number => Level(Depth - 1);

    /// <summary>Gets a value indicating whether the number is a top-level one (it has one level).</summary>
    public bool IsTopLevel => Depth == 1;

    /// <summary>Gets the number of the enclosing clause (<c>๑.๑</c> for <c>๑.๑.๒</c>), or null for a top-level number.</summary>
    public OutlineNumber? Parent
    {
        get
        {
            var depth = Depth;
            if (depth == 1)
            {
                return null;
            }

            Span<int> parent = stackalloc int[MaxDepth];
            CopyTo(parent);
            return FromLevels(parent.Slice(0, depth - 1));
        }
    }

    /// <summary>Gets one level of the number.</summary>
    /// <param name="index">The zero-based level, 0 for the top level.</param>
    /// <returns>The number at that level.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative or not less than <see cref="Depth"/>.</exception>
    public int this[int index]
    {
        get
        {
            Preconditions.CheckArgumentRange(nameof(index), index, 0, Depth - 1);
            return Level(index);
        }
    }

    /// <summary>Equality of the levels.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>True when both have the same levels.</returns>
    public static bool operator ==(OutlineNumber left, OutlineNumber right) => left.Equals(right);

    /// <summary>Inequality of the levels.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>True when the levels differ.</returns>
    public static bool operator !=(OutlineNumber left, OutlineNumber right) => !left.Equals(right);

    /// <summary>Whether <paramref name="left"/> comes before <paramref name="right"/> in an outline.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>True when <paramref name="left"/> is earlier.</returns>
    public static bool operator <(OutlineNumber left, OutlineNumber right) => left.CompareTo(right) < 0;

    /// <summary>Whether <paramref name="left"/> comes after <paramref name="right"/> in an outline.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>True when <paramref name="left"/> is later.</returns>
    public static bool operator >(OutlineNumber left, OutlineNumber right) => left.CompareTo(right) > 0;

    /// <summary>Whether <paramref name="left"/> comes before or is <paramref name="right"/>.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>True when <paramref name="left"/> is not later.</returns>
    public static bool operator <=(OutlineNumber left, OutlineNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Whether <paramref name="left"/> comes after or is <paramref name="right"/>.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns>True when <paramref name="left"/> is not earlier.</returns>
    public static bool operator >=(OutlineNumber left, OutlineNumber right) => left.CompareTo(right) >= 0;

    /// <summary>
    /// Reads a clause number written alone: <c>๑.</c>, <c>๑</c>, <c>๑.๑</c>, <c>๑.๑.๒.</c>, <c>๑)</c>, <c>(๑)</c>, in Thai or
    /// Arabic digits, with white space around it.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The number, or a failure saying what was expected and where.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static ParseOutcome<OutlineNumber> Parse(string text) => Parse(Preconditions.CheckNotNull(text).AsSpan());

    /// <summary>Reads a clause number written alone (see <see cref="Parse(string)"/>).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number, or a failure saying what was expected and where.</returns>
    public static ParseOutcome<OutlineNumber> Parse(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (start == end)
        {
            return ParseOutcome<OutlineNumber>.ForFailure("Expected a clause number such as \"๑.\", \"๑.๑\" or \"(๑)\", but the text is empty.", start);
        }

        var outcome = Read(text.Slice(0, end), start, requireMark: false, out var number, out _, out var length, out var message);
        if (outcome != ReadOutcome.Number)
        {
            return ParseOutcome<OutlineNumber>.ForFailure(message!, start + length);
        }

        return start + length == end
            ? ParseOutcome<OutlineNumber>.ForValue(number)
            : ParseOutcome<OutlineNumber>.ForFailure(
                $"Expected the end of the clause number at position {start + length}, found {Describe(text, start + length)}.",
                start + length);
    }

    /// <summary>Reads a clause number written alone, without a message on failure.</summary>
    /// <param name="text">The text, or null.</param>
    /// <param name="number">The number, when read.</param>
    /// <returns>True when <paramref name="text"/> is a clause number; false (never an exception) otherwise.</returns>
    public static bool TryParse(string? text, out OutlineNumber number) => TryParse(text.AsSpan(), out number);

    /// <summary>Reads a clause number written alone, without a message on failure.</summary>
    /// <param name="text">The text.</param>
    /// <param name="number">The number, when read.</param>
    /// <returns>True when <paramref name="text"/> is a clause number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out OutlineNumber number)
    {
        var result = Parse(text);
        return result.TryGetValue(default, out number);
    }

    /// <summary>
    /// Reads the clause number that starts a line of an official document, as a reader of documents needs it: a
    /// single-level number must carry its punctuation (<c>๑.</c>, <c>๑)</c>, <c>(๑)</c>) and every number must be
    /// followed by white space or the end of the line, so that a line starting with a year or an amount is not taken
    /// for a clause.
    /// </summary>
    /// <param name="line">The line, its number at index 0 (leading white space already removed).</param>
    /// <param name="number">The number, when read.</param>
    /// <param name="style">How the number is written, when read.</param>
    /// <param name="length">The number of characters the number takes, its punctuation included, when read.</param>
    /// <returns>True when the line starts with a clause number; false (never an exception) otherwise.</returns>
    public static bool TryReadClauseNumber(ReadOnlySpan<char> line, out OutlineNumber number, out OutlineNumberStyle style, out int length)
        => Read(line, 0, requireMark: true, out number, out style, out length, out _) == ReadOutcome.Number;

    /// <summary>Gets the number of the next clause at the same level (<c>๑.๒</c> after <c>๑.๑</c>).</summary>
    /// <returns>The next sibling.</returns>
    /// <exception cref="InvalidOperationException">The last level is already <see cref="int.MaxValue"/>.</exception>
    public OutlineNumber NextSibling()
    {
        if (Number == int.MaxValue)
        {
            throw new InvalidOperationException($"The clause {this} has no next sibling: its last level is already the largest number.");
        }

        Span<int> levels = stackalloc int[MaxDepth];
        CopyTo(levels);
        levels[Depth - 1]++;
        return FromLevels(levels.Slice(0, Depth));
    }

    /// <summary>Gets the number of a clause nested in this one (<c>๑.๓</c> for child 3 of <c>๑</c>).</summary>
    /// <param name="number">The child's number within this clause, 1 or more.</param>
    /// <returns>The child's full number.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    /// <exception cref="InvalidOperationException">This number already has <see cref="MaxDepth"/> levels.</exception>
    public OutlineNumber Child(int number)
    {
        Preconditions.CheckArgumentRange(nameof(number), number, 1, int.MaxValue);
        if (Depth == MaxDepth)
        {
            throw new InvalidOperationException($"The clause {this} already has {MaxDepth} levels, the most an outline number may have.");
        }

        Span<int> levels = stackalloc int[MaxDepth];
        CopyTo(levels);
        levels[Depth] = number;
        return FromLevels(levels.Slice(0, Depth + 1));
    }

    /// <summary>Whether this number encloses another (<c>๑</c> encloses <c>๑.๒</c> and <c>๑.๒.๓</c>, but not itself).</summary>
    /// <param name="other">The other number.</param>
    /// <returns>True when <paramref name="other"/> is nested, at any depth, in this clause.</returns>
    public bool IsAncestorOf(OutlineNumber other)
    {
        if (other.Depth <= Depth)
        {
            return false;
        }

        for (var i = 0; i < Depth; i++)
        {
            if (this[i] != other[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Gets the levels as a new array, top level first.</summary>
    /// <returns>A copy of the levels.</returns>
    public int[] ToArray()
    {
        var levels = new int[Depth];
        CopyTo(levels);
        return levels;
    }

    /// <summary>Writes the number, e.g. <c>๑.</c>, <c>๑.๑</c>, <c>๑)</c> or <c>(๑)</c>.</summary>
    /// <param name="style">Where the punctuation goes.</param>
    /// <param name="digits">Which digits to write.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> or <paramref name="digits"/> is not a defined value.</exception>
    public string Format(OutlineNumberStyle style = OutlineNumberStyle.Dotted, DigitStyle digits = DigitStyle.Thai)
    {
        CheckStyles(style, digits);
        Span<char> buffer = stackalloc char[(MaxDepth * 11) + 2];
        TryFormatCore(buffer, out var written, style, digits);
        return buffer.Slice(0, written).ToString();
    }

    /// <summary>Writes the number to a span; returns false when the span is too small (what it then holds is unspecified).</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <param name="style">Where the punctuation goes.</param>
    /// <param name="digits">Which digits to write.</param>
    /// <returns>True when the whole number fitted.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> or <paramref name="digits"/> is not a defined value.</exception>
    public bool TryFormat(Span<char> destination, out int charsWritten, OutlineNumberStyle style = OutlineNumberStyle.Dotted, DigitStyle digits = DigitStyle.Thai)
    {
        CheckStyles(style, digits);
        return TryFormatCore(destination, out charsWritten, style, digits);
    }

    /// <summary>Appends the number to a builder.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="style">Where the punctuation goes.</param>
    /// <param name="digits">Which digits to write.</param>
    /// <returns><paramref name="builder"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="style"/> or <paramref name="digits"/> is not a defined value.</exception>
    public StringBuilder AppendFormat(StringBuilder builder, OutlineNumberStyle style = OutlineNumberStyle.Dotted, DigitStyle digits = DigitStyle.Thai)
        => Preconditions.CheckNotNull(builder).Append(Format(style, digits));

    /// <inheritdoc/>
    public int CompareTo(OutlineNumber other)
    {
        var common = Math.Min(Depth, other.Depth);
        for (var i = 0; i < common; i++)
        {
            var compare = this[i].CompareTo(other[i]);
            if (compare != 0)
            {
                return compare;
            }
        }

        return Depth.CompareTo(other.Depth);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an <see cref="OutlineNumber"/>.</exception>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        OutlineNumber other => CompareTo(other),
        _ => throw new ArgumentException($"Expected an {nameof(OutlineNumber)}, got {obj.GetType().Name}.", nameof(obj)),
    };

    /// <inheritdoc/>
    public bool Equals(OutlineNumber other)
    {
        if (Depth != other.Depth)
        {
            return false;
        }

        for (var i = 0; i < Depth; i++)
        {
            if (this[i] != other[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is OutlineNumber other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        for (var i = 0; i < Depth; i++)
        {
            hash.Add(this[i]);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns the dotted form in Arabic digits: <c>1.</c>, <c>1.1</c>, <c>1.1.2</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Format(OutlineNumberStyle.Dotted, DigitStyle.Arabic);

    /// <summary>
    /// Reads a clause number at <paramref name="start"/> of a line. With <paramref name="requireMark"/>, a
    /// single-level number must carry its punctuation (<c>๑.</c>, <c>๑)</c>, <c>(๑)</c>) and be followed by
    /// white space or the end, so that a line starting with a year or an amount is not taken for a clause.
    /// </summary>
    internal static ReadOutcome Read(
        ReadOnlySpan<char> text,
        int start,
        bool requireMark,
        out OutlineNumber number,
        out OutlineNumberStyle style,
        out int length,
        out string? message)
    {
        number = default;
        style = OutlineNumberStyle.Dotted;
        message = null;
        var i = start;
        var enclosed = i < text.Length && text[i] == '(';
        if (enclosed)
        {
            i++;
        }

        Span<int> levels = stackalloc int[MaxDepth];
        var depth = 0;
        var trailingDot = false;
        while (true)
        {
            if (i >= text.Length || ThaiDigits.GetDigitValue(text[i]) < 0)
            {
                length = i - start;
                message = depth == 0
                    ? $"Expected a digit (Thai or Arabic) at position {i}, found {Describe(text, i)}."
                    : $"Expected a digit after the dot at position {i - 1}, found {Describe(text, i)}.";
                if (depth > 0 && !enclosed)
                {
                    // "๑." : the dot ends a top-level number rather than starting another level.
                    trailingDot = true;
                    i--;
                    break;
                }

                return ReadOutcome.NotANumber;
            }

            long value = 0;
            var digitsStart = i;
            while (i < text.Length && ThaiDigits.GetDigitValue(text[i]) is var d and >= 0)
            {
                value = (value * 10) + d;
                if (value > int.MaxValue)
                {
                    length = i - start;
                    message = $"The clause number at position {digitsStart} is too large.";
                    return ReadOutcome.NotANumber;
                }

                i++;
            }

            if (value == 0)
            {
                length = digitsStart - start;
                message = $"Expected a clause number of 1 or more at position {digitsStart}, found 0.";
                return ReadOutcome.NotANumber;
            }

            if (depth == MaxDepth)
            {
                length = digitsStart - start;
                message = $"A clause number has at most {MaxDepth} levels.";
                return ReadOutcome.NotANumber;
            }

            levels[depth++] = (int)value;
            if (i < text.Length && text[i] == '.')
            {
                i++;
                continue;
            }

            break;
        }

        if (trailingDot)
        {
            i++;
        }

        if (enclosed)
        {
            if (i >= text.Length || text[i] != ')')
            {
                length = i - start;
                message = $"Expected ')' to close the clause number at position {i}, found {Describe(text, i)}.";
                return ReadOutcome.NotANumber;
            }

            i++;
            style = OutlineNumberStyle.Enclosed;
        }
        else if (!trailingDot && i < text.Length && text[i] == ')')
        {
            i++;
            style = OutlineNumberStyle.Parenthesis;
        }
        else if (requireMark && depth == 1 && !trailingDot)
        {
            length = i - start;
            message = $"Expected '.' or ')' after the clause number at position {i}, found {Describe(text, i)}.";
            return ReadOutcome.NotANumber;
        }

        if (requireMark && i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            length = i - start;
            message = $"Expected white space after the clause number at position {i}, found {Describe(text, i)}.";
            return ReadOutcome.NotANumber;
        }

        number = FromLevels(levels.Slice(0, depth));
        length = i - start;
        return ReadOutcome.Number;
    }

    private static string Describe(ReadOnlySpan<char> text, int index)
        => index >= text.Length ? "the end of the text" : TextExcerpt.Character(text[index]);

    private static void CheckStyles(OutlineNumberStyle style, DigitStyle digits)
    {
        if (style < OutlineNumberStyle.Dotted || style > OutlineNumberStyle.Enclosed)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(style), style, $"{(int)style} is not an outline number style.");
        }

        if (digits < DigitStyle.Arabic || digits > DigitStyle.Thai)
        {
            Preconditions.ThrowArgumentOutOfRange(nameof(digits), digits, $"{(int)digits} is not a digit style.");
        }
    }

    private bool TryFormatCore(Span<char> destination, out int charsWritten, OutlineNumberStyle style, DigitStyle digits)
    {
        charsWritten = 0;
        var position = 0;
        if (style == OutlineNumberStyle.Enclosed && !TryAppend(destination, ref position, '('))
        {
            return false;
        }

        for (var i = 0; i < Depth; i++)
        {
            if (i > 0 && !TryAppend(destination, ref position, '.'))
            {
                return false;
            }

            if (!ThaiDigits.TryFormat(this[i], destination.Slice(position), out var written, digits))
            {
                return false;
            }

            position += written;
        }

        var close = style switch
        {
            OutlineNumberStyle.Dotted when Depth == 1 => '.',
            OutlineNumberStyle.Parenthesis or OutlineNumberStyle.Enclosed => ')',
            _ => '\0',
        };
        if (close != '\0' && !TryAppend(destination, ref position, close))
        {
            return false;
        }

        charsWritten = position;
        return true;
    }

    private static bool TryAppend(Span<char> destination, ref int position, char c)
    {
        if (position >= destination.Length)
        {
            return false;
        }

        destination[position++] = c;
        return true;
    }

    private void CopyTo(Span<int> destination)
    {
        var depth = Depth;
        for (var i = 0; i < depth; i++)
        {
            destination[i] = Level(i);
        }
    }

    private int Level(int index)
        => _levels is not null ? _levels[index]
            : _packedDepth == 0 ? 1
            : (int)((_packed >> (16 * index)) & 0xFFFF);

    /// <summary>A number from validated levels: packed when it fits, else a copy of the levels.</summary>
    private static OutlineNumber FromLevels(ReadOnlySpan<int> levels)
    {
        if (levels.Length <= PackedDepth)
        {
            ulong packed = 0;
            var fits = true;
            for (var i = 0; i < levels.Length && fits; i++)
            {
                fits = levels[i] <= 0xFFFF;
                packed |= (ulong)(uint)levels[i] << (16 * i);
            }

            if (fits)
            {
                return new OutlineNumber(null, packed, (byte)levels.Length);
            }
        }

        return new OutlineNumber(levels.ToArray(), 0, 0);
    }

    /// <summary>What <see cref="Read"/> found.</summary>
    internal enum ReadOutcome
    {
        /// <summary>A clause number.</summary>
        Number,

        /// <summary>No clause number here.</summary>
        NotANumber,
    }
}
