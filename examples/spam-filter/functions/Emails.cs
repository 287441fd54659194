namespace SpamFilter;

/// <summary>Shared by the distills and the transform: the e-mail texts of a batch.</summary>
public static class Emails
{
    /// <summary>The batch's e-mail texts (the data column of zeno.toml), a missing text read as empty.</summary>
    public static IEnumerable<string> Texts(DataFrame batch, ZenoOptions options) =>
        batch.Columns[options.DataColumn!].Cast<string?>().Select(text => text ?? "");
}
