using System.Reflection;
using System.Runtime.CompilerServices;

namespace Participation.Governance.Announcements.Tests.Architecture;

/// <summary>No packaged assembly opens its internals to another package: what several need is linked source, what users need is public.</summary>
public sealed class FriendAssemblyTests
{
    public static TheoryData<string> PackagedAssemblies() =>
    [
        typeof(Measures.Measure).Assembly.GetName().Name!,
        typeof(ThaiFormatting.Numerals.ThaiDigits).Assembly.GetName().Name!,
        typeof(OfficialDocument).Assembly.GetName().Name!,
    ];

    [Theory]
    [MemberData(nameof(PackagedAssemblies))]
    public void A_packaged_assembly_is_a_friend_only_of_its_own_tests(string name)
    {
        var assembly = Assembly.Load(name);

        var friends = assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName);

        Assert.Equal([name + ".Tests"], friends);
    }
}
