using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.ThaiFormatting.Tests.Architecture;

/// <summary>
/// ThaiFormatting is Thai text in and out and knows nothing of measures or documents: checked on the compiled
/// assembly's type references, so a using that slips in later fails here rather than in review.
/// </summary>
public sealed class LayeringTests
{
    [Theory]
    [InlineData("Participation.Governance.Measures")]
    [InlineData("Participation.Governance.Serialization")]
    [InlineData("Participation.Governance.Assessment")]
    [InlineData("Participation.Governance.Announcements")]
    public void ThaiFormatting_references_no_type_of(string forbiddenNamespace)
    {
        var referenced = ReferencedTypes(typeof(ThaiDigits).Assembly.Location);

        Assert.NotEmpty(referenced);
        Assert.Contains(referenced, t => t.StartsWith("Participation.Governance.Calendar.", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, t => t.StartsWith(forbiddenNamespace + ".", StringComparison.Ordinal));
    }

    [Fact]
    public void ThaiFormatting_has_no_friend_assembly_but_its_tests()
    {
        var friends = typeof(ThaiDigits).Assembly
            .GetCustomAttributes(typeof(System.Runtime.CompilerServices.InternalsVisibleToAttribute), inherit: false)
            .Cast<System.Runtime.CompilerServices.InternalsVisibleToAttribute>()
            .Select(a => a.AssemblyName);

        Assert.Equal(["Participation.Governance.ThaiFormatting.Tests"], friends);
    }

    private static List<string> ReferencedTypes(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        return reader.TypeReferences
            .Select(handle => reader.GetTypeReference(handle))
            .Select(t => reader.GetString(t.Namespace) + "." + reader.GetString(t.Name))
            .ToList();
    }
}
