namespace Participation.Governance.ThaiFormatting.Outline;

/// <summary>How a clause number is written around its digits.</summary>
public enum OutlineNumberStyle
{
    /// <summary>
    /// Dots between levels, and a dot after a top-level number: <c>๑.</c>, <c>๑.๑</c>, <c>๑.๑.๒</c> — the form of
    /// official announcements.
    /// </summary>
    Dotted = 0,

    /// <summary>A closing parenthesis after the number: <c>๑)</c>, <c>๒.๑)</c>.</summary>
    Parenthesis = 1,

    /// <summary>The number enclosed in parentheses: <c>(๑)</c>, <c>(๒.๑)</c>.</summary>
    Enclosed = 2,
}
