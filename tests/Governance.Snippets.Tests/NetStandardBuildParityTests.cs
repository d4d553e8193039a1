using System.Collections;
using System.Globalization;
using System.Reflection;
using Participation.Governance.Snippets.Tests.Harness;

namespace Participation.Governance.Snippets.Tests;

/// <summary>
/// The netstandard2.0 build (its <c>#if !NET…</c> branches: polyfills, the code without .NET 8's vectorised and span APIs,
/// the code-page package) gives the same answers as the net8.0 build, for the same generated inputs.
/// </summary>
public sealed class NetStandardBuildParityTests
{
    private static readonly LibraryLoadContext NetStandard = new(SnippetLibraries.NetStandard, "netstandard2.0 parity", isCollectible: false);

    [Fact]
    public void The_netstandard2_0_side_is_the_netstandard2_0_build()
    {
        var assembly = NetStandard.LoadFromAssemblyName(new AssemblyName("Participation.Governance.ThaiFormatting"));
        Assert.Equal(".NETStandard,Version=v2.0", assembly.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>()!.FrameworkName);
        Assert.Equal(".NETCoreApp,Version=v8.0", typeof(ThaiFormatting.Numerals.ThaiDigits).Assembly.GetCustomAttribute<System.Runtime.Versioning.TargetFrameworkAttribute>()!.FrameworkName);
    }

    [FuzzProperty]
    public bool Digits_convert_the_same(string text)
        => Same("Participation.Governance.ThaiFormatting", "Participation.Governance.ThaiFormatting.Numerals.ThaiDigits", "ToThai", text)
           && Same("Participation.Governance.ThaiFormatting", "Participation.Governance.ThaiFormatting.Numerals.ThaiDigits", "ToArabic", text);

    [FuzzProperty]
    public bool Numbers_format_the_same(long value, bool grouping)
        => Same("Participation.Governance.ThaiFormatting", "Participation.Governance.ThaiFormatting.Numerals.ThaiDigits", "Format", value, ThaiFormatting.Numerals.DigitStyle.Thai, grouping)
           && Same("Participation.Governance.ThaiFormatting", "Participation.Governance.ThaiFormatting.Words.ThaiNumberWords", "ToWords", value, ThaiFormatting.Words.ThaiNumberStyle.RoyalInstitute);

    [FuzzProperty]
    public bool Amounts_are_the_same_words(decimal amount)
        => Same("Participation.Governance.ThaiFormatting", "Participation.Governance.ThaiFormatting.Words.BahtText", "ToBahtText", amount, ThaiFormatting.Words.ThaiNumberStyle.Common);

    [FuzzProperty]
    public bool Number_words_and_dates_read_the_same(string text)
        => Same("Participation.Governance.ThaiFormatting", "Participation.Governance.ThaiFormatting.Words.ThaiNumberWords", "Parse", text)
           && Same("Participation.Governance.ThaiFormatting", "Participation.Governance.ThaiFormatting.Dates.ThaiDateReader", "Parse", text, null);

    [FuzzProperty]
    public bool Fiscal_years_of_a_date_are_the_same(DateTime date)
        => Same("Participation.Governance", "Participation.Governance.Calendar.ThaiFiscalYear", "FromDate", date)
           && Same("Participation.Governance", "Participation.Governance.Calendar.FiscalQuarter", "FromDate", date);

    [Theory]
    [InlineData("samples/surveys/thai-excel-windows-874.csv")]
    [InlineData("samples/surveys/google-forms.csv")]
    public void A_Thai_text_file_decodes_the_same(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(ReadmeSnippetTestsRoot.Path, file));
        string Decode(Assembly assembly)
        {
            var outcome = Call(assembly, "Participation.Governance.ThaiFormatting.Text.ThaiTextDecoder", "Decode", new MemoryStream(bytes), bytes.Length);
            var decoded = outcome!.GetType().GetProperty("Value")!.GetValue(outcome)!;
            return decoded + "\n" + decoded.GetType().GetProperty("Text")!.GetValue(decoded);
        }

        var net8 = Decode(Load(isNetStandard: false, "Participation.Governance.ThaiFormatting"));
        Assert.Equal(net8, Decode(Load(isNetStandard: true, "Participation.Governance.ThaiFormatting")));
        Assert.Contains("ความ", net8, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("samples/measures/compliant.json")]
    [InlineData("samples/measures/missing-feedback-channel.json")]
    [InlineData("samples/measures/missing-satisfaction-step.json")]
    public void A_measure_reads_validates_and_writes_the_same(string file)
    {
        var json = File.ReadAllText(Path.Combine(ReadmeSnippetTestsRoot.Path, file));
        string Run(Assembly assembly)
        {
            var measure = Call(assembly, "Participation.Governance.Serialization.MeasureJson", "Deserialize", json)!;
            var findings = (IEnumerable)measure.GetType().GetMethod("Validate", Type.EmptyTypes)!.Invoke(measure, null)!;
            return Call(assembly, "Participation.Governance.Serialization.MeasureJson", "Serialize", measure, true) + "\n" + Show(findings);
        }

        Assert.Equal(Run(Load(isNetStandard: false, "Participation.Governance")), Run(Load(isNetStandard: true, "Participation.Governance")));
    }

    private static bool Same(string assembly, string type, string method, params object?[] arguments)
    {
        var net8 = Outcome(Load(isNetStandard: false, assembly), type, method, arguments);
        var netStandard = Outcome(Load(isNetStandard: true, assembly), type, method, arguments);
        if (net8 != netStandard)
        {
            throw new Xunit.Sdk.XunitException($"{type}.{method}: net8.0 gave {net8} but netstandard2.0 gave {netStandard}");
        }

        return true;
    }

    private static Assembly Load(bool isNetStandard, string name)
        => isNetStandard ? NetStandard.LoadFromAssemblyName(new AssemblyName(name)) : Assembly.Load(name);

    // What a call gives, as text: its value, or the exception it throws (same type and message on both builds).
    private static string Outcome(Assembly assembly, string type, string method, object?[] arguments)
    {
        try
        {
            return Show(Call(assembly, type, method, arguments));
        }
        catch (TargetInvocationException e) when (e.InnerException is { } thrown)
        {
            return $"throws {thrown.GetType().FullName}: {thrown.Message}";
        }
    }

    // Calls the public static method of that name whose parameters take the arguments; an enum argument is passed as the
    // same-named value of that build's enum.
    private static object? Call(Assembly assembly, string type, string method, params object?[] arguments)
    {
        var candidates = assembly.GetType(type, throwOnError: true)!.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.Name == method && m.GetParameters().Length == arguments.Length)
            .Where(m => m.GetParameters().Zip(arguments).All(p => p.Second is null
                ? !p.First.ParameterType.IsValueType
                : p.First.ParameterType.FullName == p.Second.GetType().FullName || p.First.ParameterType.IsAssignableFrom(p.Second.GetType())))
            .ToList();
        var target = Assert.Single(candidates);
        var passed = target.GetParameters().Zip(arguments, (p, a) => a is Enum value ? Enum.Parse(p.ParameterType, value.ToString()) : a).ToArray();
        return target.Invoke(null, passed);
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string text => text,
        IEnumerable items => string.Join(" | ", items.Cast<object?>().Select(Show)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
