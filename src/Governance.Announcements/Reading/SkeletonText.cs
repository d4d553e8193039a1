namespace Participation.Governance.Announcements.Reading;

/// <summary>
/// The <see cref="ThaiSkeleton"/> of one text with the origin of each of its characters; one instance is reused for
/// every clause of a document, its buffers rented from the shared pool, so reading through typing slips allocates nothing
/// per clause.
/// </summary>
internal sealed class SkeletonText
{
    private char[] _chars = [];
    private int[] _origins = [];

    /// <summary>Gets the text the skeleton was built from.</summary>
    public string Text { get; private set; } = string.Empty;

    /// <summary>Gets the skeleton's length.</summary>
    public int Length { get; private set; }

    /// <summary>Gets the skeleton character at an index.</summary>
    public char this[int index] => _chars[index];

    /// <summary>Gets the index in <see cref="Text"/> of the skeleton character at an index.</summary>
    public int OriginOf(int index) => _origins[index];

    /// <summary>Gets the end (exclusive) in <see cref="Text"/> of a run of skeleton characters: marks after the last one belong to it.</summary>
    public int EndOf(int lastIndex)
    {
        var end = _origins[lastIndex] + 1;
        while (end < Text.Length && ThaiSkeleton.Map(Text[end]) == '\0' && Text[end] is >= '\u0E00' and <= '\u0E7F')
        {
            end++;
        }

        return end;
    }

    /// <summary>Returns the buffers to the pool; the skeleton is empty after.</summary>
    public void Release()
    {
        if (_chars.Length > 0)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(_chars);
            System.Buffers.ArrayPool<int>.Shared.Return(_origins);
            _chars = [];
            _origins = [];
            Length = 0;
            Text = string.Empty;
        }
    }

    /// <summary>Builds the skeleton of a text, replacing the previous one.</summary>
    public void Reset(string text)
    {
        if (_chars.Length < text.Length)
        {
            Release();
            var size = Math.Max(text.Length, Math.Max(256, _chars.Length * 2));
            _chars = System.Buffers.ArrayPool<char>.Shared.Rent(size);
            _origins = System.Buffers.ArrayPool<int>.Shared.Rent(size);
        }

        Text = text;
        Length = ThaiSkeleton.Build(text, _chars, _origins);
    }
}
