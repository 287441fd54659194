using Zeno.Core.Query.Filters;

namespace Zeno.Core.Tests.Query.Filters;

/// <summary>Filters that do not parse: the error names the exact column and what was expected there.</summary>
public sealed class FilterParserErrorTests
{
    [Theory]
    [InlineData("x >= ", 6, "expected a value or a column name after '>=' but found end of filter")]
    [InlineData("x == and y", 6, "expected a value or a column name after '==' but found 'and'")]
    [InlineData("x != @id", 6, "expected a value or a column name after '!=' but found '@id'")]
    [InlineData("x == y z", 8, "expected 'and', 'or' or end of filter but found 'z'")]
    [InlineData("x < y == 1", 7, "expected 'and', 'or' or end of filter but found '=='")]
    [InlineData("x == `y", 6, "unclosed column name: a '`' is missing")]
    [InlineData("x in [1, y]", 10, "expected a value after ',' but found 'y'; lists hold values, not columns: write text in double quotes, \"y\"")]
    [InlineData("@id in [r1]", 9, "expected a value after '[' but found 'r1'; lists hold values, not columns: write text in double quotes, \"r1\"")]
    [InlineData("x =< 3", 3, "unknown operator '=<'; did you mean '<='?")]
    [InlineData("x = 3", 3, "unknown operator '='; did you mean '=='?")]
    [InlineData("x <> 3", 3, "unknown operator '<>'; did you mean '!='?")]
    [InlineData("x == 1 && y == 2", 8, "unknown operator '&&'; did you mean 'and'?")]
    [InlineData("x == \"abc", 6, "unclosed string: a closing '\"' is missing")]
    [InlineData("x ~ /abc", 5, "unclosed regular expression: a closing '/' is missing")]
    [InlineData("`mean radius > 1", 1, "unclosed column name: a '`' is missing")]
    [InlineData("`` == 1", 1, "empty column name between backticks")]
    [InlineData("x == 3 y", 8, "expected 'and', 'or' or end of filter but found 'y'")]
    [InlineData("x == 3)", 7, "expected 'and', 'or' or end of filter but found ')'")]
    [InlineData("(x == 1", 8, "expected ')' to close the '(' at column 1 but found end of filter")]
    [InlineData("x == 1 and", 11, "expected a condition after 'and' but found end of filter")]
    [InlineData("x and y == 1", 3, "expected an operator (==, !=, <, <=, >, >=, in, not in, ~, !~) after 'x' but found 'and'")]
    [InlineData("== 1", 1, "expected a condition (a column name, 'not' or '(') but found '=='")]
    [InlineData("\"mean radius\" > 1", 1, "expected a column name but found the string '\"mean radius\"'; names with spaces go in backticks: `my column`")]
    [InlineData("x < null", 5, "null can only be compared with '==' or '!=', not '<'")]
    [InlineData("x in [1, null]", 10, "null cannot be in a list; write (x in [...] or x == null)")]
    [InlineData("x in [1,]", 9, "expected a value after ',' but found ']'")]
    [InlineData("x in [1 2]", 9, "expected ',' or ']' in the list but found '2'")]
    [InlineData("x in 1", 6, "expected '[' to start the list after 'in' but found '1'")]
    [InlineData("x not 1", 7, "expected 'in' after 'not' but found '1'")]
    [InlineData("x == 5abc", 6, "'5abc' is neither a number nor an ISO date (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss)")]
    [InlineData("x == 2024-1-31", 6, "'2024-1-31' is neither a number nor an ISO date (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ss)")]
    [InlineData("x == 2024-13-01", 6, "'2024-13-01' is not a valid date")]
    [InlineData("x == 1e999", 6, "the number '1e999' is too large")]
    [InlineData("x == 'a'", 6, "strings use double quotes: \"text\"")]
    [InlineData("x == \"a\\q\"", 8, "unknown escape '\\q' in a string (write '\\\\' for a backslash, '\\\"' for a quote)")]
    [InlineData("x == \"a\"c", 9, "unexpected 'c' after the string; flags belong to ~ patterns only")]
    [InlineData("x ~ \"a\"i", 8, "unknown flag 'i' on a \"text\" pattern (c = match case, w = whole word)")]
    [InlineData("x ~ /a/ic", 9, "unknown flag 'c' on a /regex/ pattern (i = ignore case, w = whole word)")]
    [InlineData("x ~ /a/ii", 9, "the flag 'i' is given twice")]
    [InlineData("x ~ 3", 5, "expected a \"text\" or /regex/ pattern after '~' but found '3'")]
    [InlineData("@idx in []", 1, "unknown name '@idx': the only @-name is @id, the instance id column")]
    [InlineData("@id == \"a\"", 5, "expected 'in' or 'not in' after '@id' but found '=='")]
    [InlineData("x # 1", 3, "unexpected character '#'")]
    public void A_malformed_filter_names_the_column_and_what_was_expected(string filter, int column, string reason)
    {
        var error = Assert.Throws<FilterSyntaxException>(() => FilterParser.Parse(filter));

        Assert.Equal(reason, error.Reason);
        Assert.Equal(column, error.Column);
        Assert.Equal(filter, error.Filter);
    }

    [Fact]
    public void The_message_repeats_the_filter_with_a_caret_under_the_column()
    {
        var error = Assert.Throws<FilterSyntaxException>(() => FilterParser.Parse("age >=\t"));

        var lines = error.Message.Split(Environment.NewLine);
        Assert.Equal(["column 8: expected a value or a column name after '>=' but found end of filter", "  age >= ", "         ^"], lines);
    }

    [Fact]
    public void A_syntax_error_is_a_zeno_error_so_the_cli_and_server_report_it_to_the_user()
    {
        Assert.IsAssignableFrom<Zeno.Core.Errors.ZenoException>(Record.Exception(() => FilterParser.Parse("x >")));
    }
}
