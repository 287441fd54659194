using Zeno.Core.Query.Filters;
using Zeno.Core.Query.Sql;
using Zeno.Core.State;

namespace Zeno.Core.Tests.State;

public sealed class SliceStateTests : IDisposable
{
    private readonly StateFixture _fixture = new();

    private StateService State => _fixture.State;

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public void A_created_slice_is_listed_and_read_back_with_its_filter_as_a_tree_and_as_canonical_text()
    {
        var created = State.CreateSlice(new SliceDraft("  short texts ", "length<10 AND label==\"spam\""));

        Assert.Equal("short texts", created.Name);
        Assert.Equal(1, created.Version);
        Assert.Equal("length < 10 and label == \"spam\"", created.Filter);
        Assert.Equal(FilterParser.Parse("length < 10 and label == \"spam\""), created.Predicate);
        Assert.StartsWith("s_", created.Id, StringComparison.Ordinal);
        Assert.Equal(created, State.GetSlice(created.Id));
        Assert.Equal([created], State.ListSlices());
        Assert.False(created.ReadOnly);
    }

    [Fact]
    public void Updating_a_slice_replaces_it_and_increments_its_version()
    {
        var folder = State.CreateFolder("content");
        var slice = State.CreateSlice(new SliceDraft("short", "length < 10"));

        var updated = State.UpdateSlice(slice.Id, 1, new SliceDraft("very short", "length < 5", folder.Id));

        Assert.Equal(new Slice(slice.Id, "very short", folder.Id, FilterParser.Parse("length < 5"), 2), updated);
        Assert.Equal(updated, State.GetSlice(slice.Id));
    }

    [Fact]
    public void Deleting_a_slice_removes_it_and_later_reads_say_not_found()
    {
        var slice = State.CreateSlice(new SliceDraft("short", "length < 10"));

        State.DeleteSlice(slice.Id, 1);

        Assert.Empty(State.ListSlices());
        var error = Assert.Throws<StateNotFoundException>(() => State.GetSlice(slice.Id));
        Assert.Equal((StateKind.Slice, slice.Id), (error.Kind, error.Id));
        Assert.Throws<StateNotFoundException>(() => State.UpdateSlice(slice.Id, 1, new SliceDraft("x", "")));
        Assert.Throws<StateNotFoundException>(() => State.DeleteSlice(slice.Id, 1));
    }

    [Fact]
    public void A_filter_that_does_not_parse_is_refused_with_its_column_and_nothing_is_saved()
    {
        var error = Assert.Throws<FilterSyntaxException>(() => State.CreateSlice(new SliceDraft("bad", "length >=")));

        Assert.Equal(10, error.Column);
        Assert.Empty(State.ListSlices());
    }

    [Fact]
    public void The_callers_column_check_runs_on_the_parsed_filter_and_its_error_propagates()
    {
        var columns = new[] { "length", "label" };
        using var fixture = new StateFixture(options: new StateOptions
        {
            CheckFilter = predicate =>
            {
                foreach (var column in predicate.Columns().Where(c => !columns.Contains(c)))
                    throw new UnknownColumnException(column, columns);
            },
        });

        var error = Assert.Throws<UnknownColumnException>(() => fixture.State.CreateSlice(new SliceDraft("typo", "lenght < 10")));

        Assert.Equal("length", error.Suggestion);
        Assert.Empty(fixture.State.ListSlices());
        Assert.NotNull(fixture.State.CreateSlice(new SliceDraft("fine", "length < 10")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("two\nlines")]
    public void Names_must_be_non_empty_single_line_text(string name)
    {
        var error = Assert.Throws<StateValidationException>(() => State.CreateSlice(new SliceDraft(name, "")));

        Assert.Equal("name", error.Field);
    }

    [Fact]
    public void Names_may_have_200_characters_after_trimming_but_not_201()
    {
        Assert.Equal(200, State.CreateSlice(new SliceDraft(" " + new string('a', 200) + " ", "")).Name.Length);

        var error = Assert.Throws<StateValidationException>(() => State.CreateSlice(new SliceDraft(new string('b', 201), "")));
        Assert.Contains("200", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Creating_or_renaming_to_a_name_that_exists_is_a_duplicate()
    {
        var first = State.CreateSlice(new SliceDraft("short", "length < 10"));
        var second = State.CreateSlice(new SliceDraft("long", "length > 100"));

        var onCreate = Assert.Throws<DuplicateNameException>(() => State.CreateSlice(new SliceDraft("short ", "length < 3")));
        var onRename = Assert.Throws<DuplicateNameException>(() => State.UpdateSlice(second.Id, 1, new SliceDraft("short", "length > 100")));

        Assert.Equal((StateKind.Slice, "short", false), (onCreate.Kind, onCreate.Name, onCreate.InConfig));
        Assert.Equal("short", onRename.Name);
        Assert.Equal(1, State.GetSlice(second.Id).Version);
        // Keeping one's own name is no conflict.
        Assert.Equal(2, State.UpdateSlice(first.Id, 1, new SliceDraft("short", "length < 9")).Version);
    }

    [Fact]
    public void A_slice_cannot_be_put_in_a_folder_that_does_not_exist()
    {
        var error = Assert.Throws<StateValidationException>(() => State.CreateSlice(new SliceDraft("short", "", "f_999")));

        Assert.Equal("folderId", error.Field);
        Assert.Empty(State.ListSlices());
    }

    [Fact]
    public void Ids_are_url_safe_and_never_reused()
    {
        var first = State.CreateSlice(new SliceDraft("a", ""));
        State.DeleteSlice(first.Id, 1);
        var second = State.CreateSlice(new SliceDraft("a", ""));

        Assert.NotEqual(first.Id, second.Id);
        Assert.All([first.Id, second.Id], id => Assert.Equal(Uri.EscapeDataString(id), id));
    }
}
