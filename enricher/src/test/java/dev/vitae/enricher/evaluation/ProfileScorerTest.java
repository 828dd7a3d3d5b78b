package dev.vitae.enricher.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.vitae.schemas.ProfileJson;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The matching rules of score.py, and how each field counts tp/fp/fn on one document. */
class ProfileScorerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Acme Inc.|ACME|true",
        "株式会社ゆずりは|ゆずりは|true",
        "Fenwick Health|Fenwick Health ·|true",
        "Northwind Traders|Northwind|true",
        "Blue Ocean Labs|Red Sky Labs|false",
        "IBM|IB|false",
        "Acme|''|false"})
    void organizationsMatchLoosely(String gold, String pred, boolean expected) {
        assertEquals(expected, Matching.similar(gold, pred), gold + " ~ " + pred);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Postgres|postgresql", "AWS Lambda|lambda", "Google Cloud Platform|gcp", "k8s|kubernetes",
        "Node.js|nodejs", "C#|c#", "  React  JS |react"})
    void skillsFoldPrefixesAndAliases(String name, String key) {
        assertEquals(key, Matching.skillKey(name));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"%|percent", "ms|duration", "JPY|money", "TB|bytes", "people|count", "''|count"})
    void unitsCompareByClass(String unit, String unitClass) {
        assertEquals(unitClass, Matching.unitClass(unit));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "2021|2021-04|-|true", "2021-04|2021|-|false", "2021-04|2021-05|-|false",
        "present|-|true|true", "present|present|false|false", "present|-|false|true", "present|2024-01|-|false",
        "-|2024-01|-|true"})
    void datesAgreeToTheGoldsPrecision(String gold, String pred, Boolean current, boolean expected) {
        assertEquals(expected, Matching.dateOk(gold, pred, current));
    }

    /** One gold role against one predicted role: strict roles, organizations, titles, dates as tp/fp/fn. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // gold role | predicted role | roles | organizations | titles | dates
        "{'organization':'Acme','title':'Engineer','start':'2020'}|{'organization':'ACME Inc','title':'Engineer','start':'2020-03'}|1/0/0|1/0/0|1/0/0|1/0/0",
        "{'organization':'Acme','title':'Engineer','start':'2020'}|{'organization':'Acme','title':'Berlin','start':'2020-03'}|0/1/1|1/0/0|0/1/1|1/0/0",
        "{'organization':'Acme','title':'Engineer','start':'2020'}|{'organization':'Acme','title':null,'start':null}|0/1/1|1/0/0|0/0/1|0/0/1",
        "{'organization':'Acme','title':'Engineer','start':'2020'}|{'organization':'Acme','title':'Engineer','start':'2019'}|0/1/1|1/0/0|1/0/0|0/1/1",
        "{'organization':'Acme','title':null,'start':null}|{'organization':'Acme','title':'Anything','start':'2019'}|1/0/0|1/0/0|0/0/0|0/0/0",
        "{'organization':'Acme','aliases':['Acme Group'],'title':'Engineer'}|{'organization':'Globex','title':'Engineer'}|0/1/1|0/1/1|0/0/0|0/0/0"})
    void rolesCountPerField(String gold, String pred, String roles, String organizations, String titles, String dates) throws Exception {
        DocumentScore score = new ProfileScorer().score(gold("{'document':'d.txt','roles':[" + gold + "]}"),
                json("{'roles':[" + pred + "]}"));
        assertEquals(roles, counts(score.tally(Field.ROLES)), "roles");
        assertEquals(organizations, counts(score.tally(Field.ORGANIZATIONS)), "organizations");
        assertEquals(titles, counts(score.tally(Field.TITLES)), "titles");
        assertEquals(dates, counts(score.tally(Field.DATES)), "dates");
    }

    /** Required items missed are fn; predicted items matching neither required nor optional are fp. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'required':['Kafka','Postgres'],'optional':['Scrum']}|[{'name':'Apache Kafka'},{'name':'Scrum'},{'name':'Excel'}]|1/1/1",
        "{'required':[],'optional':[]}|[]|0/0/0",
        "{'required':['Go'],'optional':[]}|[{'name':'Golang'},{'name':'Go'}]|1/1/0"})
    void skillsCountRequiredAndOptional(String gold, String pred, String expected) throws Exception {
        DocumentScore score = new ProfileScorer().score(gold("{'document':'d.txt','skills':" + gold + "}"), json("{'skills':" + pred + "}"));
        assertEquals(expected, counts(score.tally(Field.SKILLS)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'value':30,'unit':'%'}|{'value':30,'unit':'percent'}|1/0/0",
        "{'value':8,'valueMax':12,'unit':'percent'}|{'value':12,'unit':'percent'}|1/0/0",
        "{'value':1000000,'unit':'records'}|{'value':1000000,'unit':'USD'}|0/1/1",
        "{'value':3,'unit':'people'}|{'value':'3','unit':'members'}|1/0/0"})
    void metricsMatchByValueAndUnitClass(String gold, String pred, String expected) throws Exception {
        DocumentScore score = new ProfileScorer().score(gold("{'document':'d.txt','metrics':{'required':[" + gold + "]}}"),
                json("{'metrics':[" + pred + "]}"));
        assertEquals(expected, counts(score.tally(Field.METRICS)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"{'roles':[{'organization':'Acme'}],'skills':{'required':['Java']}}|0/0/1|0/0/1"})
    void aMissingProfileMissesEverything(String gold, String roles, String skills) throws Exception {
        DocumentScore score = new ProfileScorer().score(gold("{'document':'d.txt'," + gold.substring(1)), null);
        assertEquals(roles, counts(score.tally(Field.ROLES)));
        assertEquals(skills, counts(score.tally(Field.SKILLS)));
    }

    private static String counts(Tally t) {
        return t.tp() + "/" + t.fp() + "/" + t.fn();
    }

    private static GoldFile gold(String singleQuoted) throws Exception {
        JsonNode gold = json(singleQuoted);
        return new GoldFile(Path.of("d.gold.json"), gold.get("document").asText(), gold);
    }

    private static JsonNode json(String singleQuoted) throws Exception {
        return ProfileJson.mapper().readTree(singleQuoted.replace('\'', '"'));
    }
}
