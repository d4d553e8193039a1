using System.Globalization;
using Participation.Governance.ThaiFormatting.Words;

namespace Participation.Governance.Humanizer.Tests;

/// <summary>
/// The test assembly run as a program of its own (<c>dotnet exec</c>) by <see cref="FreshProcessTests"/>: each
/// scenario starts with a Humanizer nobody has used yet, in a process started with the settings the test chose, and
/// prints what happened, one fact a line.
/// </summary>
internal static class Program
{
    public const string Register = "register";
    public const string RegisterTwice = "register-twice";

    public static int Main(string[] args)
    {
        switch (args)
        {
            case [Register]:
                if (TryRegister(ThaiNumberStyle.Common))
                {
                    WriteWords(21);
                }

                return 0;
            case [RegisterTwice]:
                if (TryRegister(ThaiNumberStyle.Common) && TryRegister(ThaiNumberStyle.RoyalInstitute))
                {
                    WriteWords(1_000_001);
                }

                return 0;
            default:
                Console.Error.WriteLine($"Expected one scenario, {Register} or {RegisterTwice}; got: {string.Join(" ", args)}");
                return 2;
        }
    }

    private static bool TryRegister(ThaiNumberStyle style)
    {
        try
        {
            ThaiHumanizer.Register(style);
            Console.WriteLine("registered");
            return true;
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException)
        {
            Console.WriteLine($"refused: {e.GetType().FullName}");
            Console.WriteLine(e.Message.ReplaceLineEndings(" "));
            return false;
        }
    }

    private static void WriteWords(long number)
    {
        foreach (var name in new[] { "th", "th-TH" })
        {
            try
            {
                Console.WriteLine($"{name}: {number.ToWords(new CultureInfo(name))}");
            }
            catch (CultureNotFoundException)
            {
                Console.WriteLine($"{name}: no such culture");
            }
        }
    }
}
