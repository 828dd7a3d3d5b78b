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

    /** Expected values computed with score_extra.py's degree_ok. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "B.S. in Computer Science|Bachelor of Science, Computer Science|true",
        "B.S.|B.S. in Computer Science|true",
        "Ph.D. in Physics|PhD Physics|true",
        "MBA|Master of Business Administration|true",
        "M.Sc. Informatik|Bachelor Informatik|false",
        "Bachelor of Arts|Associate of Arts|false",
        "Master's degree|Masters|true",
        "BSc Mathematics|BSc Economics|false",
        "Diplom-Informatiker|Diplom Informatik|true",
        "学士（工学）|学士|true",
        "Licence Informatique|Licence en informatique|true"})
    void degreesAgreeByLevelAndField(String gold, String pred, boolean expected) {
        assertEquals(expected, Matching.degreeOk(gold, pred), gold + " ~ " + pred);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "José Müller|JOSE MULLER|false", "Anne-Marie  Dubois|anne marie dubois|true", "Straße|STRASSE|true", "山田 太郎|山田太郎|false"})
    void namesCompareFoldedWithDiacriticsKept(String gold, String pred, boolean expected) {
        assertEquals(expected, Matching.nameKey(gold).equals(Matching.nameKey(pred)), gold + " ~ " + pred);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "+1 312-555-0123|(312) 555-0123|true", "+49 170 1234567|0170 1234567|false", "555-0123|0123|false", "03-1234-5678|0312345678|true"})
    void phonesCompareByDigits(String gold, String pred, boolean expected) {
        assertEquals(expected, Matching.phoneOk(gold, pred), gold + " ~ " + pred);
    }

    /** Contact and education counts on one document, as score_extra.py counts them. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // gold | prediction | field | tp/fp/fn
        "{'candidate':{'name':'Jane Doe'}}|{'candidate':{'name':'JANE DOE'}}|name|1/0/0",
        "{'candidate':{'name':'Jane Doe'}}|{'candidate':{'name':'Top Skills'}}|name|0/1/1",
        "{'roles':[]}|{'candidate':{'name':'Jane Doe'}}|name|0/1/0",
        "{'candidate':{'emails':['J@X.org']}}|{'candidate':{'emails':['j@x.org','k@x.org']}}|emails|1/1/0",
        "{'candidate':{'phones':['+1 312-555-0123']}}|{'candidate':{'phones':['(312) 555-0123']}}|phones|1/0/0",
        "{'education':[{'institution':'MIT','degree':'B.S.'}]}|{'education':[{'institution':'MIT','degree':'BS','field':'Physics'}]}|education_pair|1/0/0",
        "{'education':[{'institution':'MIT','degree':'B.S.'}]}|{'education':[{'institution':'MIT','degree':'BS','field':'Physics'}]}|education_degree|1/0/0",
        "{'education':[{'institution':'MIT','degree':'M.S.'}]}|{'education':[{'institution':'MIT University','degree':'B.S.'}]}|education_pair|0/1/1",
        "{'education':[{'institution':'MIT','degree':'M.S.'}]}|{'education':[{'institution':'MIT University','degree':'B.S.'}]}|education_institution|1/0/0",
        "{'education':[{'institution':'MIT','degree':null}]}|{'education':[{'institution':'M.I.T.'},{'institution':'Harvard'}]}|education_pair|1/1/0",
        "{'education':[{'institution':'MIT','degree':'BS Physics'}]}|{'education':[{'institution':null,'degree':'B.S.','field':'Physics'}]}|education_pair|0/1/1",
        "{'education':[{'institution':'MIT','degree':'BS Physics'}]}|{'education':[{'institution':null,'degree':null}]}|education_pair|0/0/1"})
    void contactAndEducationCountPerField(String gold, String pred, String field, String expected) throws Exception {
        DocumentScore score = new ProfileScorer().score(gold("{'document':'d.txt'," + gold.substring(1)), json(pred));
        assertEquals(expected, counts(score.tally(Field.of(field))), field);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {"B.S.|Physics|B.S. in Physics", "BS Physics|physics|BS Physics", "-|Physics|Physics", "' '|-|''"})
    void aFieldIsAppendedToItsDegree(String degree, String field, String expected) throws Exception {
        com.fasterxml.jackson.databind.node.ObjectNode e = ProfileJson.mapper().createObjectNode().put("degree", degree).put("field", field);
        assertEquals(expected, ProfileScorer.predictedDegree(e));
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
