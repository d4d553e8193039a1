using System.CommandLine;
using Participation.Governance.Calendar;
using Participation.Governance.Cli.Text;
using Participation.Governance.ThaiFormatting.Numerals;

namespace Participation.Governance.Cli;

/// <summary>Which of the shared flags a verb takes.</summary>
[Flags]
internal enum CommonFlags
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary><c>--digits thai|arabic</c>: the digits of what the verb writes.</summary>
    Digits = 1,

    /// <summary><c>--historical</c>: Buddhist-Era years by the rule in force before 1941.</summary>
    Historical = 2,

    /// <summary><c>--json</c>: one JSON object per result.</summary>
    Json = 4,

    /// <summary><c>--errors-to-stderr</c>: a failed line's message on standard error too.</summary>
    ErrorsToStandardError = 8,

    /// <summary>The hidden <c>--thai-digits</c> (<c>-t</c>) of earlier versions, the same as <c>--digits thai</c>.</summary>
    ThaiDigitsAlias = 16,

    /// <summary>The hidden <c>--arabic-digits</c> of earlier versions, the same as <c>--digits arabic</c>.</summary>
    ArabicDigitsAlias = 32,

    /// <summary>What every batch verb takes: <c>--json</c> and <c>--errors-to-stderr</c>.</summary>
    Batch = Json | ErrorsToStandardError,
}

/// <summary>What the shared flags say for one run.</summary>
/// <param name="Digits">The digits to write.</param>
/// <param name="EraRule">The Buddhist-Era rule to read and write BE years by.</param>
/// <param name="Json">Whether to write JSON.</param>
/// <param name="ErrorsToStandardError">Whether a failed line's message goes to standard error too.</param>
internal readonly record struct CommonSettings(DigitStyle Digits, BuddhistEraRule EraRule, bool Json, bool ErrorsToStandardError);

/// <summary>
/// The flags that mean the same on every verb (DESIGN.md, "Command-line tool"), defined once: <c>--digits thai|arabic</c>,
/// <c>--historical</c>, <c>--json</c>, <c>--errors-to-stderr</c>, and the digit flags of earlier versions as hidden
/// aliases for one release. <c>--lang</c> is on the root command (<see cref="LanguageOption"/>).
/// </summary>
internal sealed class CommonOptions
{
    private readonly DigitStyle _defaultDigits;
    private Option<string>? _digits;
    private Option<bool>? _thaiDigits;
    private Option<bool>? _arabicDigits;
    private Option<bool>? _historical;
    private Option<bool>? _json;
    private Option<bool>? _errorsToStandardError;

    private CommonOptions(DigitStyle defaultDigits) => _defaultDigits = defaultDigits;

    /// <summary>Adds the chosen flags to a verb.</summary>
    /// <param name="command">The verb.</param>
    /// <param name="flags">The flags it takes.</param>
    /// <param name="defaultDigits">The digits written without <c>--digits</c>.</param>
    /// <param name="json">What <c>--json</c> writes, for the help text.</param>
    public static CommonOptions AddTo(Command command, CommonFlags flags, DigitStyle defaultDigits = DigitStyle.Arabic, string? json = null)
    {
        var options = new CommonOptions(defaultDigits);
        if ((flags & CommonFlags.Digits) != 0)
        {
            options._digits = new Option<string>("--digits")
            {
                Description = $"The digits to write: thai (๐–๙) or arabic (0–9) (default: {Name(defaultDigits)}).",
                DefaultValueFactory = _ => Name(defaultDigits),
            }.OneOf("thai", "arabic");
            command.Options.Add(options._digits);
        }

        if ((flags & CommonFlags.ThaiDigitsAlias) != 0)
        {
            options._thaiDigits = new Option<bool>("--thai-digits", "-t") { Description = "The same as --digits thai.", Hidden = true };
            command.Options.Add(options._thaiDigits);
        }

        if ((flags & CommonFlags.ArabicDigitsAlias) != 0)
        {
            options._arabicDigits = new Option<bool>("--arabic-digits") { Description = "The same as --digits arabic.", Hidden = true };
            command.Options.Add(options._arabicDigits);
        }

        if ((flags & CommonFlags.Historical) != 0)
        {
            options._historical = new Option<bool>("--historical")
            {
                Description = "Read and write Buddhist-Era years by the historical rule: before 1941 the Thai year began on 1 April.",
            };
            command.Options.Add(options._historical);
        }

        if ((flags & CommonFlags.Json) != 0)
        {
            options._json = new Option<bool>("--json")
            {
                Description = json ?? "Write one JSON object per line: {\"input\":…,\"output\":…}, or {\"input\":…,\"error\":…} for a line that failed.",
            };
            command.Options.Add(options._json);
        }

        if ((flags & CommonFlags.ErrorsToStandardError) != 0)
        {
            options._errorsToStandardError = new Option<bool>("--errors-to-stderr")
            {
                Description = "Also write each failed line's error on standard error (it stays on standard output, in its place).",
            };
            command.Options.Add(options._errorsToStandardError);
        }

        return options;
    }

    /// <summary>Reads the flags of a parsed command line.</summary>
    /// <exception cref="UsageException">An old digit flag contradicts <c>--digits</c>.</exception>
    public CommonSettings Read(ParseResult parseResult)
        => new(
            ReadDigits(parseResult),
            _historical is not null && parseResult.GetValue(_historical) ? BuddhistEraRule.Historical : BuddhistEraRule.Modern,
            _json is not null && parseResult.GetValue(_json),
            _errorsToStandardError is not null && parseResult.GetValue(_errorsToStandardError));

    private DigitStyle ReadDigits(ParseResult parseResult)
    {
        var digits = _digits is null ? _defaultDigits : parseResult.GetValue(_digits) == "thai" ? DigitStyle.Thai : DigitStyle.Arabic;
        var explicitDigits = _digits is not null && parseResult.GetResult(_digits) is { Implicit: false };
        foreach (var (alias, style) in new[] { (_thaiDigits, DigitStyle.Thai), (_arabicDigits, DigitStyle.Arabic) })
        {
            if (alias is null || !parseResult.GetValue(alias))
            {
                continue;
            }

            if (explicitDigits && digits != style)
            {
                throw new UsageException(CliText.Get(LanguageOption.Of(parseResult), CliTextKey.DigitsContradiction, alias.Name, Name(digits)));
            }

            digits = style;
        }

        return digits;
    }

    private static string Name(DigitStyle digits) => digits == DigitStyle.Thai ? "thai" : "arabic";
}
