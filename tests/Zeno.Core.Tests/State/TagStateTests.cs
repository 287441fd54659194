using Zeno.Core.State;

namespace Zeno.Core.Tests.State;

public sealed class TagStateTests : IDisposable
{
    private readonly StateFixture _fixture = new();

    private StateService State => _fixture.State;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void A_tag_keeps_its_instance_ids_as_a_set_in_ordinal_order()
    {
        var tag = State.CreateTag(new TagDraft("checked", ["b", "a", "b", "10", "9"]));

        Assert.Equal(["10", "9", "a", "b"], tag.InstanceIds);
        Assert.Equal(tag, State.GetTag(tag.Id));
        Assert.Equal([tag], State.ListTags());
        Assert.StartsWith("t_", tag.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Updating_a_tag_replaces_its_whole_set_and_deleting_it_removes_its_ids()
    {
        var tag = State.CreateTag(new TagDraft("checked", ["1", "2"]));
        var other = State.CreateTag(new TagDraft("other", ["2"]));

        var updated = State.UpdateTag(tag.Id, 1, new TagDraft("reviewed", ["2", "3", "4"]));

        Assert.Equal(new Tag(tag.Id, "reviewed", null, ["2", "3", "4"], 2), updated);
        Assert.Equal(updated, State.GetTag(tag.Id));
        State.DeleteTag(tag.Id, 2);
        Assert.Equal([other], State.ListTags());
        Assert.Equal(0L, _fixture.Store.Read(c =>
        {
            using var command = c.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM state_tag_instances WHERE tag_id = '{tag.Id}'";
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }));
    }

    [Fact]
    public void A_large_tag_is_stored_and_read_back_whole()
    {
        var ids = Enumerable.Range(0, 20_000).Select(i => "row-" + i).ToList();

        var tag = State.CreateTag(new TagDraft("many", ids));

        Assert.Equal(20_000, State.GetTag(tag.Id).InstanceIds.Count);
    }

    [Fact]
    public void Tag_names_are_unique_and_ids_cannot_be_empty()
    {
        State.CreateTag(new TagDraft("checked", ["1"]));

        Assert.Throws<DuplicateNameException>(() => State.CreateTag(new TagDraft("checked", ["2"])));
        Assert.Equal("instanceIds", Assert.Throws<StateValidationException>(() => State.CreateTag(new TagDraft("empty id", [""]))).Field);
    }
}
