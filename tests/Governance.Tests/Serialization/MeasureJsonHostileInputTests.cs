using System.Text;
using System.Text.Json;
using NodaTime;
using Participation.Governance.Calendar;
using Participation.Governance.Measures;
using Participation.Governance.Serialization;

namespace Participation.Governance.Tests.Serialization;

/// <summary>
/// Issue 11 for JSON: documents that are not Unicode, huge, repeated or mangled are refused with a JsonException naming
/// the path, nothing else escapes, and whatever is read writes and reads back equal.
/// </summary>
public class MeasureJsonHostileInputTests
{
    private const string Minimal = """{"schemaVersion":1,"agency":"a","title":"t"}""";

    private static readonly string[] Samples = Directory.GetFiles(RepositoryFiles.PathOf("samples/measures"), "*.json")
        .Select(File.ReadAllText)
        .Append(Minimal)
        .ToArray();

    public static TheoryData<string, string, string> NotUnicode => new()
    {
        // Item 1: an escaped lone surrogate in a property name threw InvalidOperationException.
        { """{"\ud800":1}""", "$", "property name is not valid Unicode: the escape \\ud800 is the first half" },
        { """{"schemaVersion":1,"agency":"a","title":"t","\udc00x":1}""", "$", "the escape \\udc00 is the second half" },
        { """{"schemaVersion":1,"agency":"a","title":"t","channels":[{"\ud800kind":"website"}]}""", "$.channels[0]", "property name is not valid Unicode" },

        // Item 14: a bad escape inside a string was reported as "expected a string".
        { """{"schemaVersion":1,"agency":"\ud800","title":"t"}""", "$.agency", "the string is not valid Unicode: the escape \\ud800" },
        { """{"schemaVersion":1,"agency":"a","title":"t","legalBases":["ok","\ud83d\u0041"]}""", "$.legalBases[1]", "no second half" },
        { """{"schemaVersion":1,"agency":"a","title":"t","issuedOn":"\udfff"}""", "$.issuedOn", "second half" },
    };

    [Theory]
    [MemberData(nameof(NotUnicode))]
    public void EscapedHalvesOfSurrogatePairs_AreRefusedWithThePath(string json, string path, string reason)
    {
        var e = Assert.Throws<JsonException>(() => MeasureJson.Deserialize(json));

        Assert.Equal(path, e.Path);
        Assert.StartsWith(path + ": ", e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message);
        Assert.False(MeasureJson.TryDeserialize(json, out _, out var error));
        Assert.Equal(e.Message, error);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'{', (byte)'"', 0xFF, (byte)'"', (byte)':', (byte)'1', (byte)'}' }, "$", "byte 0xFF")]
    [InlineData(new byte[] { (byte)'{', (byte)'"', 0xC0, 0x80, (byte)'"', (byte)':', (byte)'1', (byte)'}' }, "$", "byte 0xC0")]
    [InlineData(new byte[] { (byte)'{', (byte)'"', 0xED, 0xA0, 0x80, (byte)'"', (byte)':', (byte)'1', (byte)'}' }, "$", "U+D800")]
    public void BytesThatAreNotUtf8_AreRefusedInEveryOverload(byte[] utf8, string path, string reason)
    {
        // Item 1: through the span and stream overloads invalid UTF-8 in a property name threw InvalidOperationException.
        var fromSpan = Assert.Throws<JsonException>(() => MeasureJson.Deserialize(utf8.AsSpan()));
        var fromStream = Assert.Throws<JsonException>(() => MeasureJson.Deserialize(new MemoryStream(utf8)));

        Assert.Equal(path, fromSpan.Path);
        Assert.Contains(reason, fromSpan.Message);
        Assert.Equal(fromSpan.Message, fromStream.Message);
    }

    [Theory]
    [InlineData("agency", "$.agency")]
    [InlineData("title", "$.title")]
    public void LoneSurrogatesInText_AreRefusedNotReplaced(string property, string path)
    {
        // Item 12: a lone surrogate in the .NET string became U+FFFD, so the measure read was not the text given.
        var json = Minimal.Replace($"\"{property}\":\"", $"\"{property}\":\"x\uD800", StringComparison.Ordinal);

        var e = Assert.Throws<JsonException>(() => MeasureJson.Deserialize(json));

        Assert.Equal(path, e.Path);
        Assert.Contains("half of a surrogate pair (U+D800)", e.Message);
        Assert.Equal("x\U0001F600", MeasureJson.Deserialize(Minimal.Replace("\"agency\":\"a", "\"agency\":\"x\U0001F600", StringComparison.Ordinal)).Agency[..3]);
    }

    [Fact]
    public void ByteOrderMark_IsSkippedByEveryOverload()
    {
        // Item 11: the string and span overloads refused the BOM the stream overload skipped.
        var expected = MeasureJson.Deserialize(Minimal);
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Minimal)).ToArray();

        Assert.Equal(expected, MeasureJson.Deserialize("\uFEFF" + Minimal));
        Assert.Equal(expected, MeasureJson.Deserialize(withBom.AsSpan()));
        Assert.Equal(expected, MeasureJson.Deserialize(new MemoryStream(withBom)));
    }

    [Fact]
    public void ManyPropertiesInAnObjectOfNoFixedShape_AreReadOnceAndRefusedForTheirType()
    {
        // Item 2: duplicate detection was quadratic here (320,000 properties took a minute); the Robustness
        // benchmarks show the time is now linear. Duplicates are still found.
        var many = Assert.Throws<JsonException>(() => MeasureJson.Deserialize(HostileCorpus.ManyProperties(50_000)));
        var duplicate = Assert.Throws<JsonException>(() => MeasureJson.Deserialize("""{"schemaVersion":1,"title":"t","agency":{"x":1,"y":2,"x":3}}"""));

        Assert.Equal("$.agency", many.Path);
        Assert.Equal("$.agency.x", duplicate.Path);
        Assert.Contains("appears more than once", duplicate.Message);
    }

    [Fact]
    public void DocumentsWhoseWrittenFormPassesTheCap_AreRefusedWhenRead()
    {
        // Item 12: a document just under the cap could be read, but its written form (every < written as \u003C)
        // could not be read back. Reading now refuses what could not round-trip.
        var agency = new string('<', (MeasureJson.MaxDocumentLength / 6) + 10);
        var json = Minimal.Replace("\"agency\":\"a\"", $"\"agency\":\"{agency}\"", StringComparison.Ordinal);
        Assert.True(Encoding.UTF8.GetByteCount(json) < MeasureJson.MaxDocumentLength);

        var e = Assert.Throws<JsonException>(() => MeasureJson.Deserialize(json));

        Assert.Equal("$", e.Path);
        Assert.Contains("written back", e.Message);
        Assert.True(e.Message.Length < 400);
        var fits = Minimal.Replace("\"agency\":\"a\"", $"\"agency\":\"{agency[..((MeasureJson.MaxDocumentLength / 6) - 100)]}\"", StringComparison.Ordinal);
        Assert.Equal(MeasureJson.Deserialize(fits), MeasureJson.Deserialize(MeasureJson.Serialize(MeasureJson.Deserialize(fits))));
    }

    [Fact]
    public void MessagesQuoteHostileNamesShortAndEscaped()
    {
        // Item 13: names were echoed raw (ESC, NUL, U+202E) and whole.
        var longName = new string('x', 100_000);
        var json = "{\"schemaVersion\":1,\"agency\":\"a\",\"title\":\"t\",\"\\u001b[2J\\u0000\u202Eevil" + longName + "\":1}";

        var e = Assert.Throws<JsonException>(() => MeasureJson.Deserialize(json));

        Assert.True(e.Message.Length < 500, e.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain(e.Message, c => c is '\u001B' or '\0' or '\u202E');
        Assert.Contains("\\u001B", e.Message);
        Assert.Contains("\\u202E", e.Path);
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void AdversarialCorpus_OnlyEverGivesJsonException(string name)
    {
        var bytes = HostileCorpus.Bytes(name);

        Assert.True(ReadsOrFailsWithPath(() => MeasureJson.Deserialize(bytes.AsSpan())));
        Assert.True(ReadsOrFailsWithPath(() => MeasureJson.Deserialize(new MemoryStream(bytes))));
        Assert.True(ReadsOrFailsWithPath(() => MeasureJson.Deserialize(Encoding.UTF8.GetString(bytes))));
        Assert.True(Throws<JsonException>(() => JsonSerializer.Deserialize<Measure>(bytes, new JsonSerializerOptions().AddGovernanceConverters())));
    }

    public static TheoryData<string> CorpusFiles() => [.. HostileCorpus.FileNames(".json")];

    [Theory]
    [InlineData(10)]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void DeepNesting_OnlyEverGivesJsonException(int depth)
    {
        var e = Assert.Throws<JsonException>(() => MeasureJson.Deserialize(HostileCorpus.DeepNesting(depth)));

        Assert.Contains("depth", e.Message);
    }

    [FuzzProperty]
    public void ArbitraryText_OnlyEverGivesJsonException(string text)
        => Assert.Null(UnsafeFailure(() => MeasureJson.Deserialize(text)));

    [FuzzProperty(typeof(JsonArbitraries))]
    public void MutatedSamples_OnlyEverGiveJsonException_AndWhatReadsRoundTrips(MutatedJson json)
    {
        Measure? read = null;
        Assert.Null(UnsafeFailure(() => read = MeasureJson.Deserialize(json.Text)));
        Assert.Null(UnsafeFailure(() => MeasureJson.Deserialize(json.Utf8.AsSpan())));
        // Through JsonSerializer the outer reader is System.Text.Json's own, and so are its messages: only the type is ours to promise.
        Assert.True(Throws<JsonException>(() => JsonSerializer.Deserialize<Measure>(json.Utf8, new JsonSerializerOptions().AddGovernanceConverters())));
        if (read is not null)
        {
            Assert.Equal(read, MeasureJson.Deserialize(MeasureJson.Serialize(read)));
        }
    }

    [FuzzProperty(typeof(JsonArbitraries))]
    public bool ConvertersOfTheLibrary_OnlyEverGiveJsonException(MutatedJson json)
    {
        var options = new JsonSerializerOptions().AddGovernanceConverters();
        var wrapped = Encoding.UTF8.GetBytes("[").Concat(json.Utf8).Concat(Encoding.UTF8.GetBytes("]")).ToArray();
        return Throws<JsonException>(() => JsonSerializer.Deserialize<LocalDate[]>(wrapped, options))
               && Throws<JsonException>(() => JsonSerializer.Deserialize<ThaiFiscalYear[]>(wrapped, options))
               && Throws<JsonException>(() => JsonSerializer.Deserialize<ChannelKind[]>(wrapped, options))
               && Throws<JsonException>(() => JsonSerializer.Deserialize<Finding[]>(wrapped, options));
    }

    private static bool Throws<TException>(Action read)
        where TException : Exception
    {
        try
        {
            read();
            return true;
        }
        catch (TException)
        {
            return true;
        }
    }

    private static bool ReadsOrFailsWithPath(Action read) => UnsafeFailure(read) is null;

    /// <summary>Null when reading succeeds or fails with a JsonException that names a path and is safe to print; otherwise what is wrong.</summary>
    private static string? UnsafeFailure(Action read)
    {
        try
        {
            read();
            return null;
        }
        catch (JsonException e)
        {
            return e.Path is not null && e.Message.Length < 1000 && !e.Message.Any(c => char.IsControl(c) || c is '\u202E' or '\u2066' or '\u2028')
                ? null
                : "unsafe message: " + e.Message;
        }
    }

    /// <summary>A measure document (a sample, or generated) after a few hostile edits, as text and as bytes mangled separately.</summary>
    public sealed record MutatedJson(string Text, byte[] Utf8);

    /// <summary>The arbitraries of the JSON properties.</summary>
    public static class JsonArbitraries
    {
        public static Arbitrary<MutatedJson> Documents()
        {
            var generated = Gen.Sample(MeasureGenerators.Measure, 10, 20).Select((measure, i) => MeasureJson.Serialize(measure, indented: i % 2 == 0));
            var seeds = Samples.Concat(generated).ToArray();
            var tokens = new[] { "\\ud800", "\\udc00", "\\u0000", "\\\"", "null", "[]", "{}", "\"schemaVersion\":1,", "\"agency\":\"a\",", "1e999", "-0", "true" };
            return HostileText.Mutations(seeds, tokens)
                .Zip(HostileText.ByteMutations(seeds))
                .Select(t => new MutatedJson(t.Item1, t.Item2))
                .ToArbitrary();
        }
    }
}
