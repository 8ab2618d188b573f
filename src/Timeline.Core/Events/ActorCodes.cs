namespace Timeline.Core.Events;

public static class ActorCodes
{
    /// <summary>
    /// The country part of a CAMEO-style actor code: PAKMIL → PAK. Organisation codes (IGO…) stay whole, since their
    /// first letters are not a country.
    /// </summary>
    public static string Side(string code) =>
        code.Length > 3 && !code.StartsWith("IGO", StringComparison.Ordinal) ? code[..3] : code;
}
