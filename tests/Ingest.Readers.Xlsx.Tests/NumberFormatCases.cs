using System.Globalization;
using System.Reflection;
using Ingest.Readers.Xlsx.Formats;

namespace Ingest.Readers.Xlsx.Tests;

/// <summary>One value shown through one format code, and what Excel displays.</summary>
public sealed record NumberFormatCase(double Value, string Code, string Expected, bool Date1904 = false)
{
    public override string ToString() => $"{Value} as {Code}";
}

/// <summary>
/// Every case of <see cref="NumberFormatTests"/> that names a value, a format code and the text, read from
/// its [InlineData] so that a case added there is compared with the reference library too.
/// </summary>
internal static class NumberFormatCases
{
    public static IReadOnlyList<NumberFormatCase> All() =>
        typeof(NumberFormatTests).GetMethods()
            .SelectMany(method => method.GetCustomAttributes<InlineDataAttribute>().Select(data => Case(method, data.GetData(method).Single())))
            .OfType<NumberFormatCase>()
            .ToList();

    private static NumberFormatCase? Case(MethodInfo method, object[] arguments)
    {
        var names = method.GetParameters().Select(p => p.Name).ToArray();
        object Named(string name) => arguments[Array.IndexOf(names, name)];
        // [InlineData(5, ...)] passes an int where the method takes a double.
        double Number(int position) => Convert.ToDouble(arguments[position], CultureInfo.InvariantCulture);
        return names switch
        {
            [_, "code", "expected"] => new NumberFormatCase(Number(0), (string)Named("code"), (string)Named("expected")),
            ["value", "expected"] when method.Name.StartsWith("General_", StringComparison.Ordinal) => new NumberFormatCase(Number(0), "General", (string)Named("expected")),
            ["id", "value", "expected"] => new NumberFormatCase(Number(1), BuiltInFormats.Code((int)Named("id"))!, (string)Named("expected")),
            _ => null,
        };
    }
}
