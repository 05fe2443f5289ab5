package ado.emulator.internal.wiql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ado.emulator.internal.http.AdoError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WiqlSyntaxTest {

    private final WiqlEngine engine = new WiqlEngine(WiqlEngineTest.sample(), WiqlEngineTest.CLOCK);

    private AdoError error(String wiql) {
        return catchThrowableOfType(() -> engine.run(wiql, WiqlEngineTest.CONTEXT, null), AdoError.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "SELECT [System.Id] WorkItems                                   | missing a FROM clause      | «WorkItems»",
            "[System.Id] FROM WorkItems                                      | starts with SELECT         | «[System.Id]»",
            "SELECT FROM WorkItems                                           | expected a field name      | «FROM»",
            "SELECT [System.Id] FROM Tables                                  | WorkItems or WorkItemLinks | «Tables»",
            "SELECT [System.Id] FROM WorkItems WHERE [State] 'x'             | expected an operator       | «'x'»",
            "SELECT [System.Id] FROM WorkItems WHERE [State] != 'x'          | use '<>'                   | «!=»",
            "SELECT [System.Id] FROM WorkItems WHERE ([State] = 'x'          | expected )                 | «end of statement»",
            "SELECT [System.Id] FROM WorkItems WHERE [State] = 'x            | closing quote              | «'x»",
            "SELECT [System.Id FROM WorkItems                                | closing ']'                | «[System.Id FROM WorkItems»",
            "SELECT [System.Id] FROM WorkItems WHERE [State] = 'x' AND       | expected a field name      | «end of statement»",
            "SELECT [System.Id] FROM WorkItems WHERE [State] IN ('a' 'b')    | expected ) to close the IN | «'b'»",
            "SELECT [System.Id] FROM WorkItems WHERE [State] = @CurrentIteration | @CurrentIteration      | «@CurrentIteration»",
            "SELECT [System.Id] FROM WorkItems WHERE [State] EVER 'x'        | EVER is not supported      | «EVER»",
            "SELECT [System.Id] FROM WorkItems WHERE [Created Date] > @Today - x | whole number of days   | «x»",
            "SELECT [System.Id] FROM WorkItems WHERE [Source].[State] = 'x'  | only valid FROM WorkItemLinks | «[Source]»",
            "SELECT [System.Id] FROM WorkItems WHERE [System.Links.LinkType] = 'x' | only valid FROM WorkItemLinks | «[System.Links.LinkType]»",
            "SELECT [System.Id] FROM WorkItems MODE (MayContain)             | MODE applies only          | «MODE»",
            "SELECT [System.Id] FROM WorkItemLinks MODE (Sometimes)          | expected MustContain       | «Sometimes»",
            "SELECT [System.Id] FROM WorkItems ORDER [System.Id]             | expected BY                | «[System.Id]»",
            "SELECT [System.Id] FROM WorkItems ASOF 'yesterday'              | not a valid date           | «'yesterday'»",
            "SELECT [System.Id] FROM WorkItems WHERE [State] = 'x' GROUP BY [State] | expected ORDER BY, ASOF | «GROUP»",
            "SELECT [System.Id] FROM WorkItems WHERE [State] = 'x' ; DROP   | unexpected character       | «;»",
            "SELECT [System.Id] FROM WorkItems WHERE [Priority] = 1.2.3     | not a number               | «1.2.3»",
            "SELECT [System.Id] FROM WorkItems WHERE [Priority] = - 'x'     | expected a number after -  | «'x'»",
            "SELECT [System.Id] FROM WorkItems WHERE [State] = )            | expected a value           | «)»",
            "SELECT [System.Id] FROM WorkItems WHERE [State] IS EMPTY       | IS is not supported        | «IS»",
            "SELECT [System.Id] FROM WorkItems WHERE [Created Date] > @Today + 1.5 | whole number of days | «1.5»",
            "SELECT [System.Id] FROM WorkItems ORDER BY [System.Id] ORDER BY [State] | expected ORDER BY, ASOF | «ORDER»",
            "SELECT [System.Id] FROM WorkItems WHERE [State] = 'x' OR       | expected a field name      | «end of statement»",
    })
    void invalidStatement_isTF51006_namingProblemAndToken(String wiql, String problem, String token) {
        AdoError e = error(wiql);

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).startsWith("TF51006: The query statement ").contains(problem)
                .contains("The error is caused by " + token + ".").containsPattern("at character \\d+");
        assertThat(e.body().string("typeKey")).contains("ValidationException");
    }

    @Test
    void syntaxError_position_pointsAtTheToken() {
        assertThat(error("SELECT [System.Id] FROM WorkItems WHERE [State] 'x'").getMessage())
                .contains("(at character 49)");
    }

    @Test
    void unknownField_isTF51005_namingTheField() {
        AdoError e = error("SELECT [System.Id] FROM WorkItems WHERE [Bogus] = 1");

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("TF51005: The query references a field that does not exist. "
                + "The error is caused by «[Bogus]».");
    }

    @Test
    void unknownField_inSelectList_isTF51005() {
        assertThat(error("SELECT [Nope] FROM WorkItems").getMessage()).startsWith("TF51005").contains("«[Nope]»");
    }

    @Test
    void keywords_anyCase_parse() {
        assertThat(engine.run("select [system.id] from WORKITEMS where [system.state] = 'New' and not "
                + "[priority] in (4) order by [system.id] desc", WiqlEngineTest.CONTEXT, null).workItems())
                .containsExactly(2);
    }

    @Test
    void bareFieldNames_andDoubleQuotedStrings_parse() {
        assertThat(engine.run("SELECT System.Id, Title FROM WorkItems WHERE System.State = \"Closed\"",
                WiqlEngineTest.CONTEXT, null).workItems()).containsExactly(3);
    }

    @Test
    void doubledQuote_inString_isOneQuote() {
        var view = new TestWorkItems().add(7, "P", java.util.Map.of("System.Title", "Ada's bug"));

        assertThat(new WiqlEngine(view, WiqlEngineTest.CLOCK).run("SELECT [System.Id] FROM WorkItems WHERE "
                + "[System.Title] = 'Ada''s bug'", WiqlEngineTest.CONTEXT, null).workItems()).containsExactly(7);
    }
}
