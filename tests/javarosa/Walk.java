// Walks ruta's case files through an exported form with JavaRosa, the form engine inside ODK
// Collect, the way Collect does: step through the form, answer each select_one and
// select_multiple from the case, read past notes; then print what the form computed. Also loads
// a submission into the form.
//
// Built by tests/odk.rs against the JavaRosa classes inside the ODK Validate jar that pyxform
// ships (no other download), as:
//   javac -cp ODK_Validate.jar -d OUT Walk.java
//   java -cp ODK_Validate.jar:OUT Walk walk FORM.xml CASES.tsv
//   java -cp ODK_Validate.jar:OUT Walk load FORM.xml SUBMISSION.xml
//
// CASES.tsv: one walk a line: case id, language column ("English (en)"), place, then answers
// as question=option (a checklist: question=option option, space-separated as ODK stores a
// select_multiple), tab-separated. Output, one line a walk, tab-separated:
//   case, language, "done" or "stuck:<question>" or "refused:<question>=<option>" or
//   "constraint:<question>=<options>:<the constraint message in that language>",
//   pathways, urgency, flags, the label of the first question in that language.

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.javarosa.core.model.Constants;
import org.javarosa.core.model.FormDef;
import org.javarosa.core.model.FormIndex;
import org.javarosa.core.model.SelectChoice;
import org.javarosa.core.model.data.IAnswerData;
import org.javarosa.core.model.data.SelectMultiData;
import org.javarosa.core.model.data.SelectOneData;
import org.javarosa.core.model.data.helper.Selection;
import org.javarosa.core.model.instance.FormInstance;
import org.javarosa.core.model.instance.InstanceInitializationFactory;
import org.javarosa.core.model.instance.TreeElement;
import org.javarosa.form.api.FormEntryController;
import org.javarosa.form.api.FormEntryModel;
import org.javarosa.form.api.FormEntryPrompt;
import org.javarosa.model.xform.XFormsModule;
import org.javarosa.xform.parse.XFormParser;
import org.javarosa.xform.util.XFormUtils;

public class Walk {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: Walk walk FORM.xml CASES.tsv | Walk load FORM.xml SUBMISSION.xml");
            System.exit(2);
        }
        byte[] form = Files.readAllBytes(Paths.get(args[1]));
        if (args[0].equals("walk")) {
            walkAll(form, Files.readAllLines(Paths.get(args[2]), StandardCharsets.UTF_8));
        } else if (args[0].equals("load")) {
            load(form, Files.readAllBytes(Paths.get(args[2])));
        } else {
            System.err.println("unknown mode " + args[0]);
            System.exit(2);
        }
    }

    static FormDef parse(byte[] form) throws Exception {
        return XFormUtils.getFormFromInputStream(new ByteArrayInputStream(form));
    }

    static void walkAll(byte[] form, List<String> lines) throws Exception {
        FormDef fd = parse(form);
        // A fresh instance per walk, as Collect starts a new form: the same definition, with the
        // blank instance it was parsed with.
        TreeElement blank = fd.getMainInstance().getRoot().deepCopy(true);
        for (String line : lines) {
            if (line.isBlank()) continue;
            String[] cells = line.split("\t");
            Map<String, String> answers = new HashMap<>();
            for (int i = 3; i < cells.length; i++) {
                String[] pair = cells[i].split("=", 2);
                answers.put(pair[0], pair[1]);
            }
            answers.put("place", cells[2]);
            fd.getMainInstance().setRoot(blank.deepCopy(true));
            fd.initialize(true, new InstanceInitializationFactory());
            System.out.println(cells[0] + "\t" + cells[1] + "\t" + walk(fd, cells[1], answers));
        }
    }

    static String walk(FormDef fd, String language, Map<String, String> answers) {
        FormEntryModel model = new FormEntryModel(fd);
        FormEntryController fec = new FormEntryController(model);
        fec.setLanguage(language);
        fec.jumpToIndex(FormIndex.createBeginningOfFormIndex());
        String firstLabel = null;
        String state = "done";
        int event;
        while ((event = fec.stepToNextEvent()) != FormEntryController.EVENT_END_OF_FORM) {
            if (event != FormEntryController.EVENT_QUESTION) continue;
            FormEntryPrompt prompt = model.getQuestionPrompt();
            if (prompt.isReadOnly()) continue; // a note: read past it
            String name = prompt.getIndex().getReference().getNameLast();
            if (firstLabel == null && !name.equals("place")) firstLabel = prompt.getQuestionText();
            String value = answers.get(name);
            if (value == null) {
                state = "stuck:" + name;
                break;
            }
            // A select_multiple (a checklist) takes every option named, space-separated as ODK
            // stores it; a select_one takes one.
            boolean multiple = prompt.getControlType() == Constants.CONTROL_SELECT_MULTI;
            List<Selection> chosen = new ArrayList<>();
            for (String wanted : multiple ? value.split(" ") : new String[] {value}) {
                for (SelectChoice choice : prompt.getSelectChoices()) {
                    if (choice.getValue().equals(wanted)) chosen.add(new Selection(choice));
                }
            }
            int expected = multiple ? value.split(" ").length : 1;
            if (chosen.size() != expected) {
                state = "refused:" + name + "=" + value;
                break;
            }
            IAnswerData data = multiple ? new SelectMultiData(chosen) : new SelectOneData(chosen.get(0));
            int result = fec.answerQuestion(data, true);
            if (result == FormEntryController.ANSWER_CONSTRAINT_VIOLATED) {
                state = "constraint:" + name + "=" + value + ":" + oneLine(prompt.getConstraintText());
                break;
            }
            if (result != FormEntryController.ANSWER_OK) {
                state = "refused:" + name + "=" + value;
                break;
            }
        }
        TreeElement root = fd.getMainInstance().getRoot();
        return state + "\t" + value(root, "pathways") + "\t" + value(root, "urgency") + "\t"
                + value(root, "flags") + "\t" + oneLine(firstLabel);
    }

    static String value(TreeElement root, String name) {
        TreeElement child = root.getChild(name, 0);
        if (child == null) return "<missing>";
        IAnswerData data = child.getValue();
        return data == null ? "" : data.getDisplayText();
    }

    static String oneLine(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ');
    }

    // Loads a submission: checks that it is an instance of this form (same root, id and
    // version; every element a field of the form), then enters its answers the way Collect
    // does, in the form's order, and prints every field that then has a value, name=value, one
    // a line. (Opening it as a saved instance with TreeElement.populate keeps the calculates
    // computed before the answers were there: they do not cascade, so that says nothing.) Values
    // are printed as the instance stores them, as a submission would carry them.
    static void load(byte[] form, byte[] submission) throws Exception {
        new XFormsModule().registerModule(); // the parser of saved answers, as in Collect
        FormDef fd = parse(form);
        FormInstance saved = XFormParser.restoreDataModel(submission, null);
        TreeElement savedRoot = saved.getRoot();
        TreeElement root = fd.getMainInstance().getRoot();
        for (String attribute : new String[] {"id", "version"}) {
            String want = root.getAttributeValue(null, attribute);
            String got = savedRoot.getAttributeValue(null, attribute);
            if (!savedRoot.getName().equals(root.getName()) || want == null || !want.equals(got)) {
                System.err.println("not an instance of this form: <" + savedRoot.getName() + " "
                        + attribute + "=" + got + ">, the form's is <" + root.getName() + " "
                        + attribute + "=" + want + ">");
                System.exit(1);
            }
        }
        Map<String, String> answers = new HashMap<>();
        for (int i = 0; i < savedRoot.getNumChildren(); i++) {
            TreeElement element = savedRoot.getChildAt(i);
            if (root.getChild(element.getName(), 0) == null) {
                System.err.println("the form has no field <" + element.getName() + ">");
                System.exit(1);
            }
            if (element.getNumChildren() == 0 && element.getValue() != null) {
                answers.put(element.getName(), element.getValue().uncast().getString());
            }
        }
        fd.initialize(true, new InstanceInitializationFactory());
        String state = walk(fd, fd.getLocalizer().getDefaultLocale(), answers).split("\t")[0];
        System.out.println("walk=" + state);
        // A new instance gets a new instanceID; the submission's own is the one Central keys on.
        TreeElement meta = savedRoot.getChild("meta", 0);
        TreeElement id = meta == null ? null : meta.getChild("instanceID", 0);
        System.out.println("submitted/instanceID=" + (id == null || id.getValue() == null ? "" : id.getValue().getDisplayText()));
        print(fd.getMainInstance().getRoot(), "");
    }

    static void print(TreeElement element, String path) {
        for (int i = 0; i < element.getNumChildren(); i++) {
            TreeElement child = element.getChildAt(i);
            String name = path + child.getName();
            if (child.getNumChildren() > 0) {
                print(child, name + "/");
            } else if (child.getValue() != null) {
                // As the instance stores it (a select_multiple space-separated), not as shown.
                System.out.println(name + "=" + child.getValue().uncast().getString());
            }
        }
    }
}
