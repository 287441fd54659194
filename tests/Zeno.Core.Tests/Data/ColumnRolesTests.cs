using Zeno.Core.Config;
using Zeno.Core.Data;

namespace Zeno.Core.Tests.Data;

public sealed class ColumnRolesTests
{
    private static InspectedColumn Column(string name, ColumnType type, long distinct, params string[] examples) =>
        new(new ColumnInfo(name, "VARCHAR", type), new ColumnProfile(name, "VARCHAR", 100, distinct, AverageLength: 40), examples);

    [Fact]
    public void Audio_file_paths_make_an_audio_project_and_prediction_columns_become_models()
    {
        var roles = ColumnRoles.Guess(100,
        [
            Column("id", ColumnType.Nominal, 100, "a1"),
            Column("audio", ColumnType.Nominal, 100, "recordings/0_jackson_0.wav", "recordings/1_nicolas_3.wav"),
            Column("label", ColumnType.Nominal, 10, "0", "1"),
            Column("whisper_output", ColumnType.Nominal, 10, "0"),
            Column("pred_small", ColumnType.Nominal, 10, "1"),
        ]);
        Assert.Equal("id", roles.IdColumn);
        Assert.Equal("audio", roles.DataColumn);
        Assert.Equal("label", roles.LabelColumn);
        Assert.Equal("audio-transcription", roles.View);
        Assert.Equal([("whisper", "whisper_output"), ("small", "pred_small")], roles.Models);
    }

    [Fact]
    public void A_table_without_text_or_files_gets_the_table_view_and_no_id_when_none_is_unique()
    {
        var roles = ColumnRoles.Guess(100,
        [
            Column("id", ColumnType.Nominal, 99, "1"),
            Column("size", ColumnType.Continuous, 80, "1.5"),
        ]);
        Assert.Null(roles.IdColumn);
        Assert.Null(roles.DataColumn);
        Assert.Equal("table", roles.View);
    }
}
