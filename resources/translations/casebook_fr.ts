<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AssessmentJson</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be a text value</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>compte %1 caractères ; la limite est de %2</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation>« %1 » n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>« %1 » n&apos;est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>has %1 items; the limit is %2</source>
        <translation>compte %1 éléments ; la limite est de %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>criterion %1 is scored twice</source>
        <translation>le critère %1 est noté deux fois</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 100</source>
        <translation>doit être un nombre entier de 0 à 100</translation>
    </message>
    <message>
        <source>must be level, na or unknown</source>
        <translation>doit être level, na ou unknown</translation>
    </message>
    <message>
        <source>must be low, medium or high</source>
        <translation>doit être low, medium ou high</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>doit être un UUID</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation>doit être un nombre entier de 1 à %1</translation>
    </message>
</context>
<context>
    <name>AssessmentRepository</name>
    <message>
        <source>An assessment needs the assessor&apos;s name.</source>
        <translation>Une évaluation doit porter le nom de l&apos;évaluateur.</translation>
    </message>
    <message>
        <source>Saving the assessment</source>
        <translation>Enregistrement de l&apos;évaluation</translation>
    </message>
    <message>
        <source>There is no use case %1.</source>
        <translation>Il n&apos;existe pas de cas d&apos;utilisation %1.</translation>
    </message>
    <message>
        <source>An assessment with the UUID %1 already exists.</source>
        <translation>Une évaluation avec l&apos;UUID %1 existe déjà.</translation>
    </message>
    <message>
        <source>Reading assessments</source>
        <translation>Lecture des évaluations</translation>
    </message>
    <message>
        <source>There is no assessment %1.</source>
        <translation>Il n&apos;existe pas d&apos;évaluation %1.</translation>
    </message>
    <message>
        <source>Counting assessments</source>
        <translation>Comptage des évaluations</translation>
    </message>
    <message>
        <source>Deleting the assessment</source>
        <translation>Suppression de l&apos;évaluation</translation>
    </message>
    <message>
        <source>The assessor&apos;s identity is not a UUID.</source>
        <translation>L&apos;identité de l&apos;évaluateur n&apos;est pas un UUID.</translation>
    </message>
</context>
<context>
    <name>AttachmentStore</name>
    <message>
        <source>The file is larger than %1 MB, the limit for an attachment.</source>
        <translation>Le fichier dépasse %1 Mo, la limite pour une pièce jointe.</translation>
    </message>
    <message>
        <source>Storing the attachment</source>
        <translation>Stockage de la pièce jointe</translation>
    </message>
    <message>
        <source>Reading the attachment</source>
        <translation>Lecture de la pièce jointe</translation>
    </message>
    <message>
        <source>The attachment %1 is not stored.</source>
        <translation>La pièce jointe %1 n&apos;est pas stockée.</translation>
    </message>
</context>
<context>
    <name>BackgroundSync</name>
    <message>
        <source>The sync was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Comparing with %1…</source>
        <translation>Comparaison avec %1…</translation>
    </message>
    <message>
        <source>Syncing with %1…</source>
        <translation>Synchronisation avec %1…</translation>
    </message>
</context>
<context>
    <name>BundleReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 was made by a newer Casebook (bundle format %2); update Casebook to open this bundle.</source>
        <translation>%1 a été créé par une version plus récente de Casebook (format de paquet %2) ; mettez Casebook à jour pour ouvrir ce paquet.</translation>
    </message>
    <message>
        <source>The document %1 does not have the expected form.</source>
        <translation>Le document %1 n&apos;a pas la forme attendue.</translation>
    </message>
    <message>
        <source>The document %1 contains invalid Unicode text.</source>
        <translation>Le document %1 contient du texte Unicode non valide.</translation>
    </message>
    <message>
        <source>The document %1 has a field this version does not know: %2.</source>
        <translation>Le document %1 contient un champ que cette version ne connaît pas : %2.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This is not a file.</source>
        <translation>Ce n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>This is not a Casebook bundle (it has no manifest).</source>
        <translation>Ce n&apos;est pas un paquet Casebook (il n&apos;a pas de manifeste).</translation>
    </message>
    <message>
        <source>This is not a Casebook bundle.</source>
        <translation>Ce n&apos;est pas un paquet Casebook.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid (format_version).</source>
        <translation>Le manifeste du paquet n&apos;est pas valide (format_version).</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid (min_reader_version).</source>
        <translation>Le manifeste du paquet n&apos;est pas valide (min_reader_version).</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest is invalid (%1).</source>
        <translation>Le manifeste du paquet n&apos;est pas valide (%1).</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest lists a file outside the allowed layout: %1.</source>
        <translation>Le manifeste du paquet mentionne un fichier hors de l&apos;arborescence autorisée : %1.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest lists the file %1 twice.</source>
        <translation>Le manifeste du paquet mentionne deux fois le fichier %1.</translation>
    </message>
    <message>
        <source>The bundle is incomplete: the file %1 is missing.</source>
        <translation>Le paquet est incomplet : le fichier %1 manque.</translation>
    </message>
    <message>
        <source>The bundle is damaged at entry %1 (its size differs from the manifest).</source>
        <translation>Le paquet est endommagé à l&apos;entrée %1 (sa taille diffère de celle du manifeste).</translation>
    </message>
    <message>
        <source>The bundle is damaged at entry %1 (its SHA-256 fingerprint differs from the manifest).</source>
        <translation>Le paquet est endommagé à l&apos;entrée %1 (son empreinte SHA-256 diffère de celle du manifeste).</translation>
    </message>
    <message>
        <source>The bundle contains a file its manifest does not list: %1.</source>
        <translation>Le paquet contient un fichier que son manifeste ne mentionne pas : %1.</translation>
    </message>
    <message>
        <source>Rubric %1 in %2 is invalid: %3</source>
        <translation>La grille d&apos;évaluation %1 dans %2 n&apos;est pas valide : %3</translation>
    </message>
    <message>
        <source>it has no uuid.</source>
        <translation>il n&apos;a pas d&apos;uuid.</translation>
    </message>
    <message>
        <source>The rubric %1 appears twice.</source>
        <translation>La grille d&apos;évaluation %1 apparaît deux fois.</translation>
    </message>
    <message>
        <source>The tag list is invalid: %1.</source>
        <translation>La liste des étiquettes n&apos;est pas valide : %1.</translation>
    </message>
    <message>
        <source>The tag %1 is listed twice.</source>
        <translation>L&apos;étiquette %1 figure deux fois.</translation>
    </message>
    <message>
        <source>Use case %1 in %2 is not an object.</source>
        <translation>Le cas d&apos;utilisation %1 dans %2 n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>Use case %1 (&quot;%2&quot;) is invalid: %3</source>
        <translation>Le cas d&apos;utilisation %1 (« %2 ») n&apos;est pas valide : %3</translation>
    </message>
    <message>
        <source>The use case %1 appears twice.</source>
        <translation>Le cas d&apos;utilisation %1 apparaît deux fois.</translation>
    </message>
    <message>
        <source>The code %1 is used by two use cases.</source>
        <translation>Le code %1 est utilisé par deux cas d&apos;utilisation.</translation>
    </message>
    <message>
        <source>The use case &quot;%1&quot; has the tag %2, which %3 does not list.</source>
        <translation>Le cas d&apos;utilisation « %1 » porte l&apos;étiquette %2, que %3 ne mentionne pas.</translation>
    </message>
    <message>
        <source>The attachment %1 of &quot;%2&quot; does not have the size its use case gives.</source>
        <translation>La pièce jointe %1 de « %2 » n&apos;a pas la taille indiquée par son cas d&apos;utilisation.</translation>
    </message>
    <message>
        <source>The use case &quot;%1&quot; names the attachment %2, which is missing from the bundle.</source>
        <translation>Le cas d&apos;utilisation « %1 » mentionne la pièce jointe %2, absente du paquet.</translation>
    </message>
    <message>
        <source>The ancestry of &quot;%1&quot; is invalid.</source>
        <translation>La filiation de « %1 » n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The ancestry names a use case that is not in the bundle: %1.</source>
        <translation>La filiation mentionne un cas d&apos;utilisation absent du paquet : %1.</translation>
    </message>
    <message>
        <source>Fields from a newer Casebook were kept as they are: %1.</source>
        <translation>Les champs d&apos;une version plus récente de Casebook ont été conservés tels quels : %1.</translation>
    </message>
    <message>
        <source>The bundle is damaged at entry %1 (its content does not match its name).</source>
        <translation>Le paquet est endommagé à l&apos;entrée %1 (son contenu ne correspond pas à son nom).</translation>
    </message>
    <message>
        <source>The bundle contains an attachment that no use case names: %1.</source>
        <translation>Le paquet contient une pièce jointe qu&apos;aucun cas d&apos;utilisation ne mentionne : %1.</translation>
    </message>
    <message>
        <source>Assessment %1 is invalid: %2</source>
        <translation>L&apos;évaluation %1 n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <source>it is not an object.</source>
        <translation>ce n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The assessment %1 appears twice.</source>
        <translation>L&apos;évaluation %1 apparaît deux fois.</translation>
    </message>
    <message>
        <source>%1 assessed the same use case twice against the same rubric.</source>
        <translation>%1 a évalué deux fois le même cas d&apos;utilisation selon la même grille d&apos;évaluation.</translation>
    </message>
    <message>
        <source>The assessment by %1 names a use case that is not in the bundle.</source>
        <translation>L&apos;évaluation de %1 mentionne un cas d&apos;utilisation absent du paquet.</translation>
    </message>
    <message>
        <source>The assessment by %1 names a rubric that is not in the bundle.</source>
        <translation>L&apos;évaluation de %1 mentionne une grille d&apos;évaluation absente du paquet.</translation>
    </message>
    <message>
        <source>The assessment by %1 scores a criterion its rubric does not have: %2.</source>
        <translation>L&apos;évaluation de %1 note un critère que sa grille d&apos;évaluation n&apos;a pas : %2.</translation>
    </message>
    <message>
        <source>The assessment by %1 gives %2 a level outside the rubric&apos;s scale.</source>
        <translation>L&apos;évaluation de %1 donne à %2 un niveau hors de l&apos;échelle de la grille d&apos;évaluation.</translation>
    </message>
    <message>
        <source>The list of deleted records is invalid.</source>
        <translation>La liste des enregistrements supprimés n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The record %1 is both present and deleted, or deleted twice.</source>
        <translation>L&apos;enregistrement %1 est à la fois présent et supprimé, ou supprimé deux fois.</translation>
    </message>
    <message>
        <source>The bundle&apos;s manifest does not match its content (%1).</source>
        <translation>Le manifeste du paquet ne correspond pas à son contenu (%1).</translation>
    </message>
    <message>
        <source>The document %1 is refused: %2</source>
        <translation>Le document %1 est refusé : %2</translation>
    </message>
    <message>
        <source>The bundle holds more records than the %1 a bundle may hold (use cases, assessments and deleted records together).</source>
        <translation>Le paquet contient plus d&apos;enregistrements que les %1 autorisés (cas d&apos;utilisation, évaluations et enregistrements supprimés confondus).</translation>
    </message>
    <message>
        <source>The ancestry of %1 is given twice.</source>
        <translation>La filiation de %1 est donnée deux fois.</translation>
    </message>
    <message>
        <source>The bundle&apos;s parts of %1 are not numbered from 2 without a gap: %2.</source>
        <translation>Les parties du paquet pour %1 ne sont pas numérotées à partir de 2 sans interruption : %2.</translation>
    </message>
    <message>
        <source>revision: must be a whole number from 1 to %1</source>
        <translation>revision : doit être un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <source>Its JSON documents are too large when unpacked (%1 MB; the limit is %2 MB).</source>
        <translation>Ses documents JSON sont trop volumineux une fois décompressés (%1 Mo ; la limite est de %2 Mo).</translation>
    </message>
</context>
<context>
    <name>BundleWorkshops</name>
    <message>
        <source>The document workshops.json has a field this version does not know: %1.</source>
        <translation>Le document workshops.json contient un champ que cette version ne connaît pas : %1.</translation>
    </message>
    <message>
        <source>The document workshops.json does not have the expected form.</source>
        <translation>Le document workshops.json n&apos;a pas la forme attendue.</translation>
    </message>
    <message>
        <source>The bundle holds more records than the %1 a bundle may hold.</source>
        <translation>Le paquet contient plus d&apos;enregistrements que les %1 autorisés.</translation>
    </message>
    <message>
        <source>Workshop %1 is invalid: %2</source>
        <translation>L&apos;atelier %1 n&apos;est pas valide : %2</translation>
    </message>
    <message>
        <source>it is not an object.</source>
        <translation>ce n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>it has a field this version does not know: %1.</source>
        <translation>il contient un champ que cette version ne connaît pas : %1.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; appears twice.</source>
        <translation>L&apos;atelier « %1 » apparaît deux fois.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; names a rubric that is not in the bundle.</source>
        <translation>L&apos;atelier « %1 » mentionne une grille d&apos;évaluation absente du paquet.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; names a use case that is not in the bundle.</source>
        <translation>L&apos;atelier « %1 » mentionne un cas d&apos;utilisation absent du paquet.</translation>
    </message>
    <message>
        <source>Round scores %1 are invalid: %2</source>
        <translation>Les notes de tour %1 ne sont pas valides : %2</translation>
    </message>
    <message>
        <source>they are not an object.</source>
        <translation>ce n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>they have a field this version does not know: %1.</source>
        <translation>elles contiennent un champ que cette version ne connaît pas : %1.</translation>
    </message>
    <message>
        <source>The round %1 scores of %2 appear twice.</source>
        <translation>Les notes du tour %1 de %2 apparaissent deux fois.</translation>
    </message>
    <message>
        <source>The round scores of %1 name a workshop that is not in the bundle.</source>
        <translation>Les notes de tour de %1 mentionnent un atelier absent du paquet.</translation>
    </message>
    <message>
        <source>The round scores of %1 name round %2, which the workshop &quot;%3&quot; does not have.</source>
        <translation>Les notes de tour de %1 mentionnent le tour %2, que l&apos;atelier « %3 » n&apos;a pas.</translation>
    </message>
    <message>
        <source>The round scores of %1 name a use case that is not in the workshop.</source>
        <translation>Les notes de tour de %1 mentionnent un cas d&apos;utilisation qui ne fait pas partie de l&apos;atelier.</translation>
    </message>
    <message>
        <source>The round scores of %1 score a criterion the rubric does not have: %2.</source>
        <translation>Les notes de tour de %1 notent un critère que la grille d&apos;évaluation n&apos;a pas : %2.</translation>
    </message>
    <message>
        <source>The round scores of %1 give %2 a level outside the rubric&apos;s scale.</source>
        <translation>Les notes de tour de %1 donnent à %2 un niveau hors de l&apos;échelle de la grille d&apos;évaluation.</translation>
    </message>
</context>
<context>
    <name>BundleWriter</name>
    <message>
        <source>The export to %1 was cancelled; nothing was written.</source>
        <translation>L&apos;exportation vers %1 a été annulée ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The bundle %1 could not be written: %2</source>
        <translation>Le paquet %1 n&apos;a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>%1 is too large to share: it takes %2 MB, and a bundle entry may take at most %3 MB.</source>
        <translation>%1 est trop volumineux pour être partagé : il occupe %2 Mo, et une entrée de paquet ne peut dépasser %3 Mo.</translation>
    </message>
    <message>
        <source>The use case %1 (&quot;%2&quot;)</source>
        <translation>Le cas d&apos;utilisation %1 (« %2 »)</translation>
    </message>
    <message>
        <source>The assessment by %1</source>
        <translation>L&apos;évaluation de %1</translation>
    </message>
    <message>
        <source>it would hold %1 records (use cases, assessments and deleted records), and a bundle may hold at most %2; choose fewer use cases.</source>
        <translation>il contiendrait %1 enregistrements (cas d&apos;utilisation, évaluations et enregistrements supprimés), et un paquet peut en contenir au plus %2 ; choisissez moins de cas d&apos;utilisation.</translation>
    </message>
    <message>
        <source>it would hold %1 files, and a bundle may hold at most %2; choose fewer use cases or leave the attachments out.</source>
        <translation>il contiendrait %1 fichiers, et un paquet peut en contenir au plus %2 ; choisissez moins de cas d&apos;utilisation ou laissez de côté les pièces jointes.</translation>
    </message>
    <message>
        <source>%1 takes %2 MB, and a bundle entry may take at most %3 MB.</source>
        <translation>%1 occupe %2 Mo, et une entrée de paquet ne peut dépasser %3 Mo.</translation>
    </message>
    <message>
        <source>its records would take %1 MB as JSON, and a bundle may take at most %2 MB; choose fewer use cases.</source>
        <translation>ses enregistrements occuperaient %1 Mo en JSON, et un paquet ne peut dépasser %2 Mo ; choisissez moins de cas d&apos;utilisation.</translation>
    </message>
    <message>
        <source>its files would take %1 MB unpacked, and a bundle may take at most %2 MB; choose fewer use cases or leave the attachments out.</source>
        <translation>ses fichiers occuperaient %1 Mo une fois décompressés, et un paquet ne peut dépasser %2 Mo ; choisissez moins de cas d&apos;utilisation ou laissez de côté les pièces jointes.</translation>
    </message>
</context>
<context>
    <name>ChangeJournal</name>
    <message>
        <source>Cannot record the changes of this write.</source>
        <translation>Impossible d&apos;enregistrer les modifications de cette écriture.</translation>
    </message>
    <message>
        <source>Cannot apply the changes.</source>
        <translation>Impossible d&apos;appliquer les modifications.</translation>
    </message>
    <message>
        <source>Cannot read the recorded changes.</source>
        <translation>Impossible de lire les modifications enregistrées.</translation>
    </message>
</context>
<context>
    <name>ChartFigure</name>
    <message>
        <source>Weights: %1</source>
        <translation>Poids : %1</translation>
    </message>
    <message>
        <source>Casebook, %1</source>
        <translation>Casebook, %1</translation>
    </message>
    <message>
        <source>Could not write the chart to %1.</source>
        <translation>Impossible d&apos;écrire le graphique dans %1.</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>Il n&apos;y a aucun graphique à exporter.</translation>
    </message>
    <message>
        <source>Choose a width between %1 and %2 pixels.</source>
        <translation>Choisissez une largeur comprise entre %1 et %2 pixels.</translation>
    </message>
</context>
<context>
    <name>ColumnMapper</name>
    <message>
        <source>The column synonyms table is not valid.</source>
        <translation>La table des synonymes de colonnes n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>CompareLimits</name>
    <message numerus="yes">
        <source>Choose at least %1 use cases to compare; %n chosen.</source>
        <translation>
            <numerusform>Choisissez au moins %1 cas d&apos;utilisation à comparer ; %n choisi.</numerusform>
            <numerusform>Choisissez au moins %1 cas d&apos;utilisation à comparer ; %n choisis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %1 use cases to compare; %n chosen. Narrow the selection, the tag or the search.</source>
        <translation>
            <numerusform>Choisissez au plus %1 cas d&apos;utilisation à comparer ; %n choisi. Restreignez la sélection, l&apos;étiquette ou la recherche.</numerusform>
            <numerusform>Choisissez au plus %1 cas d&apos;utilisation à comparer ; %n choisis. Restreignez la sélection, l&apos;étiquette ou la recherche.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTables</name>
    <message>
        <source>Hidden until the facilitator reveals the scores (R).</source>
        <translation>Masqué jusqu&apos;à ce que l&apos;animateur révèle les notes (R).</translation>
    </message>
    <message>
        <source>reliable</source>
        <translation>fiable</translation>
    </message>
    <message>
        <source>tentative</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>do not rely on it</source>
        <translation>ne pas s&apos;y fier</translation>
    </message>
    <message>
        <source>not computable</source>
        <translation>non calculable</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>partial</source>
        <translation>partiel</translation>
    </message>
    <message>
        <source>Below the rubric&apos;s minimum coverage: listed, not ranked.</source>
        <translation>En dessous de la couverture minimale de la grille d&apos;évaluation : listé, non classé.</translation>
    </message>
    <message>
        <source>Rank with the rubric&apos;s weights: %1</source>
        <translation>Rang avec les poids de la grille d&apos;évaluation : %1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Lowest and highest of the assessors&apos; own indices (assessors: %1)</source>
        <translation>Le plus bas et le plus haut des indices propres aux évaluateurs (évaluateurs : %1)</translation>
    </message>
    <message>
        <source>%1 (below minimum)</source>
        <translation>%1 (sous le minimum)</translation>
    </message>
    <message>
        <source>α %1, %2</source>
        <translation>α %1, %2</translation>
    </message>
    <message>
        <source>one assessor</source>
        <translation>un seul évaluateur</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Niveau %1 : %2</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Assessors&apos; range</source>
        <translation>Étendue des évaluateurs</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Same?</source>
        <translation>Identique ?</translation>
    </message>
    <message>
        <source>≠ differs</source>
        <translation>≠ diffère</translation>
    </message>
    <message>
        <source>= same</source>
        <translation>= identique</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Widest spread</source>
        <translation>Plus grande dispersion</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>Wide in</source>
        <translation>Large dans</translation>
    </message>
    <message>
        <source>α interval</source>
        <translation>α intervalle</translation>
    </message>
    <message>
        <source>α ordinal</source>
        <translation>α ordinal</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <source>The top of a ranking needs at least one place, not %1.</source>
        <translation>Le haut d&apos;un classement compte au moins une place, et non %1.</translation>
    </message>
</context>
<context>
    <name>ComparisonLoader</name>
    <message>
        <source>No use case matches the selection; nothing to compare.</source>
        <translation>Aucun cas d&apos;utilisation ne correspond à la sélection ; rien à comparer.</translation>
    </message>
    <message>
        <source>Every use case of the selection is restricted (%1); add --include-restricted to compare them.</source>
        <translation>Tous les cas d&apos;utilisation de la sélection sont restreints (%1) ; ajoutez --include-restricted pour les comparer.</translation>
    </message>
</context>
<context>
    <name>ComparisonSelection</name>
    <message>
        <source>Choose the use cases to compare: --ids, --tag, --query or --workshop.</source>
        <translation>Choisissez les cas d&apos;utilisation à comparer : --ids, --tag, --query ou --workshop.</translation>
    </message>
    <message>
        <source>--workshop chooses the use cases itself; leave out --ids, --tag, --query and --since.</source>
        <translation>--workshop choisit lui-même les cas d&apos;utilisation ; omettez --ids, --tag, --query et --since.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; has no use case.</source>
        <translation>L&apos;atelier « %1 » ne contient aucun cas d&apos;utilisation.</translation>
    </message>
    <message>
        <source>There is no workshop named &quot;%1&quot;.</source>
        <translation>Il n&apos;existe pas d&apos;atelier nommé « %1 ».</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: the row has a value in column %2, but the header has only %3 columns.</source>
        <translation>ligne %1 : la ligne a une valeur dans la colonne %2, mais l&apos;en-tête n&apos;a que %3 colonnes.</translation>
    </message>
    <message>
        <source>line %1: the file has more than %2 rows, the most Casebook reads at once.</source>
        <translation>ligne %1 : le fichier compte plus de %2 lignes, le maximum que Casebook lit en une fois.</translation>
    </message>
    <message>
        <source>The file is empty: it has no header row.</source>
        <translation>Le fichier est vide : il n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>line %1: a value is longer than %2 KB, the most Casebook reads in one cell.</source>
        <translation>ligne %1 : une valeur dépasse %2 Ko, le maximum que Casebook lit dans une cellule.</translation>
    </message>
    <message>
        <source>line %1: the row has more than %2 columns, the most Casebook reads.</source>
        <translation>ligne %1 : la ligne compte plus de %2 colonnes, le maximum que Casebook lit.</translation>
    </message>
    <message>
        <source>line %1: a quoted value is never closed.</source>
        <translation>ligne %1 : une valeur entre guillemets n&apos;est jamais fermée.</translation>
    </message>
    <message>
        <source>line %1: a quoted value is followed by other text; write a quote inside a quoted value as two quotes (&quot;&quot;).</source>
        <translation>ligne %1 : une valeur entre guillemets est suivie d&apos;un autre texte ; dans une valeur entre guillemets, écrivez un guillemet en le doublant (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most Casebook reads at once.</source>
        <translation>Le fichier dépasse %1 Mo, le maximum que Casebook lit en une fois.</translation>
    </message>
    <message>
        <source>line %1: the file contains a NUL character, which a text file never does.</source>
        <translation>ligne %1 : le fichier contient un caractère NUL, ce que ne fait jamais un fichier texte.</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-16.</source>
        <translation>ligne %1 : le texte n&apos;est pas de l&apos;UTF-16 valide.</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8; save the sheet as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>ligne %1 : le texte n&apos;est pas de l&apos;UTF-8 valide ; enregistrez la feuille au format « CSV UTF-8 » et réessayez.</translation>
    </message>
    <message>
        <source>The separator must be a comma, a semicolon or a tab.</source>
        <translation>Le séparateur doit être une virgule, un point-virgule ou une tabulation.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>Le fichier %1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>line %1: the header has more than %2 columns, the most Casebook reads.</source>
        <translation>ligne %1 : l&apos;en-tête compte plus de %2 colonnes, le maximum que Casebook lit.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>The CSV file could not be written.</source>
        <translation>Le fichier CSV n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Le fichier %1 ne peut pas être écrit.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is not a Casebook database: it is not a regular file.</source>
        <translation>%1 n&apos;est pas une base de données Casebook : ce n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is not a Casebook database (it is not an SQLite database file).</source>
        <translation>%1 n&apos;est pas une base de données Casebook (ce n&apos;est pas un fichier de base de données SQLite).</translation>
    </message>
    <message>
        <source>The database %1 is damaged: its header is invalid.</source>
        <translation>La base de données %1 est endommagée : son en-tête n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and was not changed.</source>
        <translation>La base de données %1 est endommagée et n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The newest backup is %1.</source>
        <translation>La sauvegarde la plus récente est %1.</translation>
    </message>
    <message>
        <source>Cannot check the database %1.</source>
        <translation>Impossible de vérifier la base de données %1.</translation>
    </message>
    <message>
        <source>%1 failed on %2.</source>
        <translation>%1 a échoué sur %2.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Aucun fichier de base de données n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>La base de données %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Casebook (schema %2; this version reads up to %3). Update Casebook to open it.</source>
        <translation>%1 a été écrit par une version plus récente de Casebook (schéma %2 ; cette version lit jusqu&apos;au schéma %3). Mettez Casebook à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1.</source>
        <translation>Impossible d&apos;ouvrir la base de données %1.</translation>
    </message>
    <message>
        <source>Cannot read the database %1.</source>
        <translation>Impossible de lire la base de données %1.</translation>
    </message>
    <message>
        <source>%1 is not a Casebook database (it is an SQLite database of another application).</source>
        <translation>%1 n&apos;est pas une base de données Casebook (c&apos;est une base de données SQLite d&apos;une autre application).</translation>
    </message>
    <message>
        <source>Cannot prepare the database %1.</source>
        <translation>Impossible de préparer la base de données %1.</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it, so it was left unchanged.</source>
        <translation>Impossible de sauvegarder %1 avant sa mise à niveau ; il a donc été laissé inchangé.</translation>
    </message>
    <message>
        <source>Could not upgrade %1 to schema version %2; it was left unchanged at version %3.</source>
        <translation>Impossible de mettre %1 à niveau vers la version de schéma %2 ; il a été laissé inchangé en version %3.</translation>
    </message>
    <message>
        <source>Setting the schema version</source>
        <translation>Définition de la version du schéma</translation>
    </message>
    <message>
        <source>The backup cannot be written over the open database %1.</source>
        <translation>La sauvegarde ne peut pas écraser la base de données ouverte %1.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: the folder does not exist.</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1 : le dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1.</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1.</translation>
    </message>
    <message>
        <source>The backup %1 did not verify and was not kept.</source>
        <translation>La sauvegarde %1 n&apos;a pas passé la vérification et n&apos;a pas été conservée.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>Démarrage d&apos;une transaction</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>La transaction était déjà terminée.</translation>
    </message>
    <message>
        <source>Saving the changes</source>
        <translation>Enregistrement des modifications</translation>
    </message>
    <message>
        <source>Giving assessors an identity</source>
        <translation>Attribution d&apos;une identité aux évaluateurs</translation>
    </message>
    <message>
        <source>Preparing a statement</source>
        <translation>Préparation d&apos;une instruction</translation>
    </message>
    <message>
        <source>The check of %1 was stopped.</source>
        <translation>La vérification de %1 a été arrêtée.</translation>
    </message>
</context>
<context>
    <name>ExportSelection</name>
    <message>
        <source>everything</source>
        <translation>tout</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen use case(s)</source>
        <translation>
            <numerusform>%n cas d&apos;utilisation choisi</numerusform>
            <numerusform>%n cas d&apos;utilisation choisis</numerusform>
        </translation>
    </message>
    <message>
        <source>tag: %1</source>
        <translation>étiquette : %1</translation>
    </message>
    <message>
        <source>search: %1</source>
        <translation>recherche : %1</translation>
    </message>
    <message>
        <source>changed since %1</source>
        <translation>modifiés depuis le %1</translation>
    </message>
    <message>
        <source>No use case has the UUID or code &apos;%1&apos;.</source>
        <translation>Aucun cas d&apos;utilisation n&apos;a l&apos;UUID ou le code « %1 ».</translation>
    </message>
    <message>
        <source>restricted use cases included</source>
        <translation>cas d&apos;utilisation restreints inclus</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out</source>
        <translation>
            <numerusform>%n cas d&apos;utilisation restreint laissé de côté</numerusform>
            <numerusform>%n cas d&apos;utilisation restreints laissés de côté</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FacetCounter</name>
    <message>
        <source>Counting the facets was cancelled.</source>
        <translation>Le comptage des facettes a été annulé.</translation>
    </message>
</context>
<context>
    <name>FieldMatrix</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>Secteurs verticaux</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODD</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>Régions de l&apos;UIT-D</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>Contexte de développement</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>Stade de déploiement</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>Statut d&apos;approbation</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>Organisation source</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Connectivité</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Standards used</source>
        <translation>Normes utilisées</translation>
    </message>
    <message>
        <source>Security baselines</source>
        <translation>Référentiels de sécurité</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>Lacunes de normalisation</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>GapRepository</name>
    <message>
        <source>Reading the gaps</source>
        <translation>Lecture des lacunes</translation>
    </message>
</context>
<context>
    <name>HeatMapChart</name>
    <message>
        <source>Median level (↕ spread in levels):</source>
        <translation>Niveau médian (↕ dispersion en niveaux) :</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>%1 ↕%2</source>
        <translation>%1 ↕%2</translation>
    </message>
</context>
<context>
    <name>HistoryRepository</name>
    <message>
        <source>Reading the history of a use case</source>
        <translation>Lecture de l&apos;historique d&apos;un cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>Keeping an earlier version of a use case</source>
        <translation>Conservation d&apos;une version antérieure d&apos;un cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>Reading the history of an assessment</source>
        <translation>Lecture de l&apos;historique d&apos;une évaluation</translation>
    </message>
    <message>
        <source>Keeping an earlier version of an assessment</source>
        <translation>Conservation d&apos;une version antérieure d&apos;une évaluation</translation>
    </message>
    <message>
        <source>Reading deleted records</source>
        <translation>Lecture des enregistrements supprimés</translation>
    </message>
</context>
<context>
    <name>Iec62559UseCaseMapper</name>
    <message>
        <source>%1, line %2: &lt;%3&gt; %4; nothing was imported.</source>
        <translation>%1, ligne %2 : &lt;%3&gt; %4 ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>holds &apos;%1&apos;, whose value is not the JSON Casebook writes</source>
        <translation>contient « %1 », dont la valeur n&apos;est pas le JSON qu&apos;écrit Casebook</translation>
    </message>
    <message>
        <source>has no &lt;name&gt;, which the schema requires</source>
        <translation>n&apos;a pas de &lt;name&gt;, que le schéma exige</translation>
    </message>
    <message>
        <source>has no &lt;technicalId&gt;, which the schema requires</source>
        <translation>n&apos;a pas de &lt;technicalId&gt;, que le schéma exige</translation>
    </message>
</context>
<context>
    <name>Iec62559XmlReader</name>
    <message>
        <source>%1, line %2: &lt;%3&gt; %4; nothing was imported.</source>
        <translation>%1, ligne %2 : &lt;%3&gt; %4 ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>has no &lt;technicalId&gt;, which the schema requires</source>
        <translation>n&apos;a pas de &lt;technicalId&gt;, que le schéma exige</translation>
    </message>
    <message>
        <source>has the technicalId &apos;%1&apos; of another element</source>
        <translation>porte le technicalId « %1 » d&apos;un autre élément</translation>
    </message>
    <message>
        <source>not imported, because no use case of the file refers to them: %1.</source>
        <translation>non importés, car aucun cas d&apos;utilisation du fichier n&apos;y fait référence : %1.</translation>
    </message>
    <message>
        <source>is not the root of an IEC 62559-3 document (&lt;UseCaseRepository&gt; or &lt;CPSFramework&gt; in the namespace &quot;cpsframework&quot;)</source>
        <translation>n&apos;est pas la racine d&apos;un document CEI 62559-3 (&lt;UseCaseRepository&gt; ou &lt;CPSFramework&gt; dans l&apos;espace de noms &quot;cpsframework&quot;)</translation>
    </message>
    <message>
        <source>holds more than %1 use cases, the most one import takes</source>
        <translation>contient plus de %1 cas d&apos;utilisation, le maximum pour une importation</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (line %2): kept with the record, under &quot;%3&quot;, what Casebook has no field for: %4.</source>
        <translation>« %1 » (ligne %2) : conservé avec l&apos;enregistrement, sous « %3 », ce pour quoi Casebook n&apos;a pas de champ : %4.</translation>
    </message>
</context>
<context>
    <name>Iec62559XmlWriter</name>
    <message>
        <source>Use cases from Casebook</source>
        <translation>Cas d&apos;utilisation issus de Casebook</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
</context>
<context>
    <name>ImportCodes</name>
    <message>
        <source>The code %1 of &quot;%2&quot; is used here by another use case; &quot;%2&quot; has the code %3 here.</source>
        <translation>Le code %1 de « %2 » est utilisé ici par un autre cas d&apos;utilisation ; « %2 » garde ici le code %3.</translation>
    </message>
    <message>
        <source>The team repository gives the code %1 to another use case, so &quot;%2&quot; has the new code %3 here; the next sync sends it.</source>
        <translation>Le dépôt d&apos;équipe attribue le code %1 à un autre cas d&apos;utilisation : « %2 » reçoit ici le nouveau code %3, que la prochaine synchronisation envoie.</translation>
    </message>
</context>
<context>
    <name>ImportFailure</name>
    <message>
        <source>Nothing was changed: the import did not happen.</source>
        <translation>Rien n&apos;a été modifié : l&apos;importation n&apos;a pas eu lieu.</translation>
    </message>
</context>
<context>
    <name>ImportFormats</name>
    <message>
        <source>%1: this kind of file cannot be imported (expected a .casebook bundle, a .csv spreadsheet, a .json file or IEC 62559-3 .xml).</source>
        <translation>%1 : ce type de fichier ne peut pas être importé (attendu : un paquet .casebook, une feuille de calcul .csv, un fichier .json ou du XML CEI 62559-3 .xml).</translation>
    </message>
    <message>
        <source>Bundles, spreadsheets, JSON and IEC 62559-3 XML (*.casebook *.csv *.txt *.tsv *.json *.xml);;Casebook bundles (*.casebook);;Spreadsheets (*.csv *.txt *.tsv);;JSON (*.json);;IEC 62559-3 XML (*.xml);;All files (*)</source>
        <translation>Paquets, feuilles de calcul, JSON et XML CEI 62559-3 (*.casebook *.csv *.txt *.tsv *.json *.xml);;Paquets Casebook (*.casebook);;Feuilles de calcul (*.csv *.txt *.tsv);;JSON (*.json);;XML CEI 62559-3 (*.xml);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ImportLogRepository</name>
    <message>
        <source>Logging the import</source>
        <translation>Journalisation de l&apos;importation</translation>
    </message>
    <message>
        <source>Reading the import log</source>
        <translation>Lecture du journal des importations</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Identical</source>
        <translation>Identique</translation>
    </message>
    <message>
        <source>Changed there only</source>
        <translation>Modifié là-bas seulement</translation>
    </message>
    <message>
        <source>Changed here only</source>
        <translation>Modifié ici seulement</translation>
    </message>
    <message>
        <source>Changed on both sides, merged</source>
        <translation>Modifié des deux côtés, fusionné</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Deleted there</source>
        <translation>Supprimé là-bas</translation>
    </message>
    <message>
        <source>Deleted here</source>
        <translation>Supprimé ici</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>Deleted here on %1.</source>
        <translation>Supprimé ici le %1.</translation>
    </message>
    <message>
        <source>The code %1 is already used here by &quot;%2&quot;; the use case will get a new code.</source>
        <translation>Le code %1 est déjà utilisé ici par « %2 » ; le cas d&apos;utilisation recevra un nouveau code.</translation>
    </message>
    <message>
        <source>No common earlier version is known, so every difference is a choice.</source>
        <translation>Aucune version antérieure commune n&apos;est connue, donc chaque différence est un choix.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Both copies are revision %1 of this assessment with different scores.</source>
        <translation>Les deux copies sont la révision %1 de cette évaluation, avec des notes différentes.</translation>
    </message>
    <message>
        <source>The %1 %2 appears twice.</source>
        <translation>%1 %2 apparaît deux fois.</translation>
    </message>
    <message>
        <source>use case</source>
        <translation>Le cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>The record %1 is both present and deleted in %2.</source>
        <translation>L&apos;enregistrement %1 est à la fois présent et supprimé dans %2.</translation>
    </message>
    <message>
        <source>rubric</source>
        <translation>La grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>L&apos;évaluation</translation>
    </message>
    <message>
        <source>The use case &quot;%1&quot; names the attachment %2, whose file is missing.</source>
        <translation>Le cas d&apos;utilisation « %1 » mentionne la pièce jointe %2, dont le fichier manque.</translation>
    </message>
    <message>
        <source>The file %1 of &quot;%2&quot; was left out of this bundle; ask the sender for a bundle with attachments.</source>
        <translation>Le fichier %1 de « %2 » a été laissé hors de ce paquet ; demandez à l&apos;expéditeur un paquet avec les pièces jointes.</translation>
    </message>
    <message>
        <source>A different rubric with this UUID is stored here; rubric versions never change, so the local one is kept.</source>
        <translation>Une autre grille d&apos;évaluation portant cet UUID est stockée ici ; les versions d&apos;une grille ne changent jamais, la grille locale est donc conservée.</translation>
    </message>
    <message>
        <source>Version %1 of this rubric is already stored here with another UUID; the local one is kept.</source>
        <translation>La version %1 de cette grille d&apos;évaluation est déjà stockée ici avec un autre UUID ; la version locale est conservée.</translation>
    </message>
    <message>
        <source>Deleted there on %1.</source>
        <translation>Supprimé là-bas le %1.</translation>
    </message>
    <message>
        <source>The repository changed since the preview, so nothing was imported; preview %1 again.</source>
        <translation>Le référentiel a changé depuis l&apos;aperçu, donc rien n&apos;a été importé ; affichez de nouveau l&apos;aperçu de %1.</translation>
    </message>
    <message>
        <source>The merged use case &quot;%1&quot; is not valid.</source>
        <translation>Le cas d&apos;utilisation fusionné « %1 » n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>It claims to come from the version here but is older than it (modified %1 there, %2 here), so every difference is a choice.</source>
        <translation>Il prétend provenir de la version d&apos;ici mais il est plus ancien qu&apos;elle (modifié le %1 là-bas, le %2 ici), donc chaque différence est un choix.</translation>
    </message>
    <message>
        <source>at no time</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>The copies name different assessors (%1 here, %2 there).</source>
        <translation>Les copies désignent des évaluateurs différents (%1 ici, %2 là-bas).</translation>
    </message>
    <message>
        <source>These are your own scores; a copy from elsewhere never replaces them unless you choose it (it says revision %1, yours is %2).</source>
        <translation>Ce sont vos propres notes ; une copie venue d&apos;ailleurs ne les remplace jamais, sauf si vous la choisissez (elle indique la révision %1, la vôtre est la %2).</translation>
    </message>
    <message>
        <source>It is signed with your assessor identity, but you have no such assessment here.</source>
        <translation>Elle est signée de votre identité d&apos;évaluateur, mais vous n&apos;avez pas une telle évaluation ici.</translation>
    </message>
    <message>
        <source>Modified there on %1, which is in the future; counted as the time of this import.</source>
        <translation>Modifié là-bas le %1, date située dans le futur ; compté comme l&apos;heure de cette importation.</translation>
    </message>
    <message>
        <source>The attachment &quot;%1&quot; of &quot;%2&quot; could run a program when opened (declared as %3, content looks like %4); open it only if you trust the sender.</source>
        <translation>La pièce jointe « %1 » de « %2 » pourrait lancer un programme à l&apos;ouverture (déclarée comme %3, son contenu ressemble à %4) ; ne l&apos;ouvrez que si vous faites confiance à l&apos;expéditeur.</translation>
    </message>
    <message>
        <source>no type</source>
        <translation>aucun type</translation>
    </message>
    <message>
        <source>The code %1 is also used here by &quot;%2&quot;: the use case made first keeps it, the other gets a new code.</source>
        <translation>Le code %1 est aussi utilisé ici par « %2 » : le cas d&apos;utilisation créé en premier le garde, l&apos;autre reçoit un nouveau code.</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message numerus="yes">
        <source>%1 added, %2 updated, %3 unchanged, %n conflict(s), %4 deleted, %5 restored</source>
        <translation>
            <numerusform>%1 ajoutés, %2 mis à jour, %3 inchangés, %n conflit, %4 supprimés, %5 restaurés</numerusform>
            <numerusform>%1 ajoutés, %2 mis à jour, %3 inchangés, %n conflits, %4 supprimés, %5 restaurés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTakeBack</name>
    <message>
        <source>The import %1 of %2 was already taken back (%3).</source>
        <translation>L&apos;importation %1 de %2 a déjà été annulée (%3).</translation>
    </message>
    <message>
        <source>The import %1 came from a sync (%2); a sync cannot be taken back.</source>
        <translation>L&apos;importation %1 provient d&apos;une synchronisation (%2) ; une synchronisation ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>The import %1 of %2 was made by an earlier version of Casebook, which kept a copy of the repository from before it instead: %3. Open that copy, or copy it over this repository, to go back.</source>
        <translation>L&apos;importation %1 de %2 a été faite par une version antérieure de Casebook, qui conservait à la place une copie du référentiel d&apos;avant l&apos;importation : %3. Pour revenir en arrière, ouvrez cette copie, ou copiez-la par-dessus ce référentiel.</translation>
    </message>
    <message>
        <source>The import %1 of %2 can no longer be taken back: Casebook keeps what the newest %3 imports changed.</source>
        <translation>L&apos;importation %1 de %2 ne peut plus être annulée : Casebook conserve ce qu&apos;ont modifié les %3 importations les plus récentes.</translation>
    </message>
    <message>
        <source>The import %1 of %2 was made before this repository was upgraded to a newer Casebook, so it cannot be taken back.</source>
        <translation>L&apos;importation %1 de %2 a été faite avant la mise à niveau de ce référentiel vers une version plus récente de Casebook ; elle ne peut donc pas être annulée.</translation>
    </message>
    <message>
        <source>The import %1 of %2 cannot be taken back: the use case %3 changed after it (edited here, or changed by a later import, which must be taken back first). Nothing was changed.</source>
        <translation>L&apos;importation %1 de %2 ne peut pas être annulée : le cas d&apos;utilisation %3 a changé depuis (modifié ici, ou par une importation ultérieure, qu&apos;il faut d&apos;abord annuler). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The import %1 of %2 cannot be taken back: a record it changed has changed after it (edited here, or changed by a later import, which must be taken back first). Nothing was changed.</source>
        <translation>L&apos;importation %1 de %2 ne peut pas être annulée : un enregistrement qu&apos;elle a modifié a changé depuis (modifié ici, ou par une importation ultérieure, qu&apos;il faut d&apos;abord annuler). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is no import %1 in this repository.</source>
        <translation>Il n&apos;y a pas d&apos;importation %1 dans ce référentiel.</translation>
    </message>
    <message>
        <source>Taking back the import %1 of %2 was cancelled; nothing was changed.</source>
        <translation>L&apos;annulation de l&apos;importation %1 de %2 a été interrompue ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The import %1 of %2 cannot be taken back: the use case %3, which it added, has been scored since, and taking the import back would remove those scores with it. Nothing was changed.</source>
        <translation>L&apos;importation %1 de %2 ne peut pas être annulée : le cas d&apos;utilisation %3, qu&apos;elle a ajouté, a été évalué depuis, et annuler l&apos;importation supprimerait ces évaluations avec lui. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>ImportWriter</name>
    <message>
        <source>The assessment by %1 was not imported: its use case or rubric is not here.</source>
        <translation>L&apos;évaluation de %1 n&apos;a pas été importée : son cas d&apos;utilisation ou sa grille d&apos;évaluation n&apos;est pas ici.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was imported.</source>
        <translation>L&apos;importation de %1 a été annulée ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The round %1 scores of %2 were not imported: %3</source>
        <translation>Les notes du tour %1 de %2 n&apos;ont pas été importées : %3</translation>
    </message>
</context>
<context>
    <name>JsonFieldReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be a text value</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>compte %1 caractères ; la limite est de %2</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation>« %1 » n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>« %1 » n&apos;est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>has %1 items; the limit is %2</source>
        <translation>compte %1 éléments ; la limite est de %2</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
</context>
<context>
    <name>MoCatalog</name>
    <message>
        <source>The file is not a gettext message catalogue.</source>
        <translation>Le fichier n&apos;est pas un catalogue de messages gettext.</translation>
    </message>
    <message>
        <source>The message catalogue is damaged.</source>
        <translation>Le catalogue de messages est endommagé.</translation>
    </message>
</context>
<context>
    <name>OdtFinisher</name>
    <message>
        <source>Cannot write the report.</source>
        <translation>Impossible d&apos;écrire le rapport.</translation>
    </message>
</context>
<context>
    <name>OperationProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PgConnInfo</name>
    <message>
        <source>Casebook cannot use the team repository address %1: a value contains &apos;;&apos;, which Qt&apos;s PostgreSQL driver does not pass on.</source>
        <translation>Casebook ne peut pas utiliser l&apos;adresse de référentiel d&apos;équipe %1 : une valeur contient « ; », que le pilote PostgreSQL de Qt ne transmet pas.</translation>
    </message>
    <message>
        <source>Casebook cannot use the team repository address %1: it names several hosts; give one.</source>
        <translation>Casebook ne peut pas utiliser l&apos;adresse de référentiel d&apos;équipe %1 : elle nomme plusieurs hôtes ; indiquez-en un seul.</translation>
    </message>
    <message>
        <source>Casebook cannot use the team repository address %1: its host or port is not valid.</source>
        <translation>Casebook ne peut pas utiliser l&apos;adresse de référentiel d&apos;équipe %1 : son hôte ou son port n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Casebook cannot use the team repository address %1: its parameter &apos;%2&apos; is not a keyword=value pair.</source>
        <translation>Casebook ne peut pas utiliser l&apos;adresse de référentiel d&apos;équipe %1 : son paramètre « %2 » n&apos;est pas de la forme mot-clé=valeur.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>Could not connect to the team repository %1: %2</source>
        <translation>Impossible de se connecter au référentiel d&apos;équipe %1 : %2</translation>
    </message>
    <message>
        <source>The team repository refused it: %1.</source>
        <translation>Le référentiel d&apos;équipe l&apos;a refusé : %1.</translation>
    </message>
    <message>
        <source>The team repository failed: %1.</source>
        <translation>Le référentiel d&apos;équipe a échoué : %1.</translation>
    </message>
    <message>
        <source>Syncing needs Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql), which could not be loaded.</source>
        <translation>La synchronisation nécessite le pilote PostgreSQL de Qt (paquet Debian libqt6sql6-psql), qui n&apos;a pas pu être chargé.</translation>
    </message>
</context>
<context>
    <name>PgStatement</name>
    <message>
        <source>The team repository failed: a statement lacks a value.</source>
        <translation>Le référentiel d&apos;équipe a échoué : une instruction n&apos;a pas de valeur.</translation>
    </message>
    <message>
        <source>The team repository cannot store text that contains a NUL character.</source>
        <translation>Le référentiel d&apos;équipe ne peut pas enregistrer un texte qui contient un caractère NUL.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Overall index of each use case (0 to 100); the whisker and the numbers in brackets span the lowest to the highest index its assessors gave: %1.</source>
        <translation>Indice global de chaque cas d&apos;utilisation (de 0 à 100) ; la moustache et les nombres entre crochets vont de l&apos;indice le plus bas au plus haut donné par ses évaluateurs : %1.</translation>
    </message>
    <message>
        <source>Each spoke is a part of the rubric on a scale of 0 to 100; each line is a use case, with its own line style and marker: %1.</source>
        <translation>Chaque rayon est une partie de la grille d&apos;évaluation sur une échelle de 0 à 100 ; chaque ligne est un cas d&apos;utilisation, avec son propre style de trait et son marqueur : %1.</translation>
    </message>
    <message>
        <source>Overall index with the assessors&apos; range</source>
        <translation>Indice global avec l&apos;étendue des évaluateurs</translation>
    </message>
    <message>
        <source>Profile of the leading use cases</source>
        <translation>Profil des cas d&apos;utilisation en tête</translation>
    </message>
</context>
<context>
    <name>ReportFileWriter</name>
    <message>
        <source>The report was cancelled; no file was written.</source>
        <translation>Le rapport a été annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Cannot write the report %1.</source>
        <translation>Impossible d&apos;écrire le rapport %1.</translation>
    </message>
    <message>
        <source>Cannot write the report.</source>
        <translation>Impossible d&apos;écrire le rapport.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>ReportFonts</name>
    <message>
        <source>Arabic (Debian package fonts-noto-core)</source>
        <translation>Arabe (paquet Debian fonts-noto-core)</translation>
    </message>
    <message>
        <source>Chinese (Debian package fonts-noto-cjk)</source>
        <translation>Chinois (paquet Debian fonts-noto-cjk)</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>INTERNATIONAL TELECOMMUNICATION UNION</source>
        <translation>UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS</translation>
    </message>
    <message>
        <source>TELECOMMUNICATION STANDARDIZATION SECTOR</source>
        <translation>SECTEUR DE LA NORMALISATION DES TÉLÉCOMMUNICATIONS</translation>
    </message>
    <message>
        <source>Question(s):</source>
        <translation>Question(s) :</translation>
    </message>
    <message>
        <source>Meeting, date:</source>
        <translation>Réunion, date :</translation>
    </message>
    <message>
        <source>Study Group:</source>
        <translation>Commission d&apos;études :</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>Mots clés :</translation>
    </message>
    <message>
        <source>Abstract:</source>
        <translation>Résumé :</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Comparison and ranking</source>
        <translation>Comparaison et classement</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>Lacunes de normalisation</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>not computable (too few paired scores)</source>
        <translation>non calculable (trop peu de notes appariées)</translation>
    </message>
    <message>
        <source> (95% interval %1 to %2)</source>
        <translation> (intervalle à 95 % de %1 à %2)</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Each criterion is scored from %1 to %2 by each assessor. A use case&apos;s index (0 to 100) is the weighted mean of the per-criterion medians across assessors; criteria not applicable are left out and the other weights renormalised. Coverage is the share of the rubric&apos;s weight that was scored; use cases below the minimum coverage are listed but not ranked.</source>
        <translation>Chaque critère est noté de %1 à %2 par chaque évaluateur. L&apos;indice d&apos;un cas d&apos;utilisation (de 0 à 100) est la moyenne pondérée des médianes par critère entre les évaluateurs ; les critères non applicables sont exclus et les autres poids renormalisés. La couverture est la part du poids de la grille qui a été notée ; les cas d&apos;utilisation en dessous de la couverture minimale sont listés mais non classés.</translation>
    </message>
    <message>
        <source>%1 at level %2 or below: %3</source>
        <translation>%1 au niveau %2 ou en dessous : %3</translation>
    </message>
    <message>
        <source>Knock-out rules (they fire when any assessor scores at or below the level)</source>
        <translation>Règles éliminatoires (elles s&apos;appliquent dès qu&apos;un évaluateur note au niveau indiqué ou en dessous)</translation>
    </message>
    <message>
        <source>Agreement between assessors (Krippendorff&apos;s alpha, interval)</source>
        <translation>Accord entre évaluateurs (alpha de Krippendorff, intervalle)</translation>
    </message>
    <message>
        <source>Agreement between assessors (Krippendorff&apos;s alpha, ordinal)</source>
        <translation>Accord entre évaluateurs (alpha de Krippendorff, ordinal)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersion</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>The use cases of this report record no standardization gap.</source>
        <translation>Les cas d&apos;utilisation de ce rapport ne relèvent aucune lacune de normalisation.</translation>
    </message>
    <message>
        <source>Facet not given</source>
        <translation>Facette non indiquée</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n gap(s))</source>
        <translation>
            <numerusform>%1 (%n lacune)</numerusform>
            <numerusform>%1 (%n lacunes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>ODN candidate</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Cas d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>ReportUseCaseHtml</name>
    <message>
        <source>Description of the use case</source>
        <translation>Description du cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>Organisation source</translation>
    </message>
    <message>
        <source>Area / domains</source>
        <translation>Domaine / sous-domaines</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Description courte</translation>
    </message>
    <message>
        <source>Complete description</source>
        <translation>Description complète</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Avantages</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Conditions préalables</translation>
    </message>
    <message>
        <source>Generic, regional or national relation</source>
        <translation>Relation générique, régionale ou nationale</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>Stade de déploiement</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODD</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>Contexte de développement</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>Régions de l&apos;UIT-D</translation>
    </message>
    <message>
        <source>ITU-T Questions</source>
        <translation>Questions de l&apos;UIT-T</translation>
    </message>
    <message>
        <source>Related Recommendations</source>
        <translation>Recommandations associées</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Further information</source>
        <translation>Informations complémentaires</translation>
    </message>
    <message>
        <source>Key performance indicators</source>
        <translation>Indicateurs clés de performance</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Dans le temps</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Actors and references</source>
        <translation>Acteurs et références</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Norme</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Facette</translation>
    </message>
    <message>
        <source>Conformance tested</source>
        <translation>Conformité testée</translation>
    </message>
    <message>
        <source>Scenarios and steps</source>
        <translation>Scénarios et étapes</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Primary actor</source>
        <translation>Acteur principal</translation>
    </message>
    <message>
        <source>Triggering event</source>
        <translation>Événement déclencheur</translation>
    </message>
    <message>
        <source>Pre-conditions</source>
        <translation>Préconditions</translation>
    </message>
    <message>
        <source>Post-conditions</source>
        <translation>Postconditions</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producteur</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Récepteur</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation>Informations échangées</translation>
    </message>
    <message>
        <source>Data model</source>
        <translation>Modèle de données</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Not assessed against this rubric.</source>
        <translation>Non évalué selon cette grille d&apos;évaluation.</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>non classé</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Assessors</source>
        <translation>Évaluateurs</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersion</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Signalements</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Étendue</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>Rationales</source>
        <translation>Justifications</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Éléments probants</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>Lacunes de normalisation</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>ODN candidate</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
</context>
<context>
    <name>RoundDistribution</name>
    <message>
        <source>The workshop &quot;%1&quot; has no round %2.</source>
        <translation>L&apos;atelier « %1 » n&apos;a pas de tour %2.</translation>
    </message>
    <message>
        <source>The scores of round %1 are hidden until the facilitator reveals them; each assessor sees only their own.</source>
        <translation>Les notes du tour %1 restent masquées jusqu&apos;à ce que l&apos;animateur les révèle ; chaque évaluateur ne voit que les siennes.</translation>
    </message>
</context>
<context>
    <name>RoundSheetRepository</name>
    <message>
        <source>The workshop &quot;%1&quot; has no round %2.</source>
        <translation>L&apos;atelier « %1 » n&apos;a pas de tour %2.</translation>
    </message>
    <message>
        <source>Scores of a round need the assessor&apos;s identity and name.</source>
        <translation>Les notes d&apos;un tour doivent porter l&apos;identité et le nom de l&apos;évaluateur.</translation>
    </message>
    <message>
        <source>A round sheet holds too many scores.</source>
        <translation>Une feuille de tour contient trop de notes.</translation>
    </message>
    <message>
        <source>The use case %1 is not part of the workshop &quot;%2&quot;.</source>
        <translation>Le cas d&apos;utilisation %1 ne fait pas partie de l&apos;atelier « %2 ».</translation>
    </message>
    <message>
        <source>Round scores with the UUID %1 already exist.</source>
        <translation>Des notes de tour portant l&apos;UUID %1 existent déjà.</translation>
    </message>
    <message>
        <source>Saving the round&apos;s scores</source>
        <translation>Enregistrement des notes du tour</translation>
    </message>
    <message>
        <source>Reading round scores</source>
        <translation>Lecture des notes de tour</translation>
    </message>
    <message>
        <source>Stored round scores cannot be read.</source>
        <translation>Des notes de tour stockées ne peuvent pas être lues.</translation>
    </message>
</context>
<context>
    <name>RoundTables</name>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersion</translation>
    </message>
    <message>
        <source>Spread, round %1</source>
        <translation>Dispersion, tour %1</translation>
    </message>
    <message>
        <source>α, round %1</source>
        <translation>α, tour %1</translation>
    </message>
</context>
<context>
    <name>RubricEditing</name>
    <message>
        <source>The rubric needs a name.</source>
        <translation>La grille d&apos;évaluation doit avoir un nom.</translation>
    </message>
    <message>
        <source>The rubric&apos;s name is longer than 500 characters.</source>
        <translation>Le nom de la grille d&apos;évaluation dépasse 500 caractères.</translation>
    </message>
    <message>
        <source>The scale needs a lowest level of 0 or more and a highest level above it (at most 100).</source>
        <translation>L&apos;échelle doit avoir un niveau le plus bas de 0 ou plus et un niveau le plus haut supérieur à celui-ci (100 au plus).</translation>
    </message>
    <message>
        <source>The rubric needs at least one dimension.</source>
        <translation>La grille d&apos;évaluation doit avoir au moins une dimension.</translation>
    </message>
    <message>
        <source>Dimension %1 needs a name.</source>
        <translation>La dimension %1 doit avoir un nom.</translation>
    </message>
    <message>
        <source>The dimension id %1 is used twice.</source>
        <translation>L&apos;identifiant de dimension %1 est utilisé deux fois.</translation>
    </message>
    <message>
        <source>The dimension &quot;%1&quot; has no criteria.</source>
        <translation>La dimension « %1 » n&apos;a aucun critère.</translation>
    </message>
    <message>
        <source>criterion %1.%2</source>
        <translation>critère %1.%2</translation>
    </message>
    <message>
        <source>%1 needs an id of 1 to 32 characters.</source>
        <translation>%1 doit avoir un identifiant de 1 à 32 caractères.</translation>
    </message>
    <message>
        <source>The criterion id %1 is used twice.</source>
        <translation>L&apos;identifiant de critère %1 est utilisé deux fois.</translation>
    </message>
    <message>
        <source>%1 needs a name.</source>
        <translation>%1 doit avoir un nom.</translation>
    </message>
    <message>
        <source>%1: the weight must be a number of 0 or more.</source>
        <translation>%1 : le poids doit être un nombre supérieur ou égal à 0.</translation>
    </message>
    <message>
        <source>%1: level %2 needs a descriptor.</source>
        <translation>%1 : le niveau %2 doit avoir un descripteur.</translation>
    </message>
    <message>
        <source>%1 has %2 level descriptors; the scale needs %3.</source>
        <translation>%1 a %2 descripteurs de niveau ; l&apos;échelle en exige %3.</translation>
    </message>
    <message>
        <source>At least one criterion needs a weight above 0.</source>
        <translation>Au moins un critère doit avoir un poids supérieur à 0.</translation>
    </message>
    <message>
        <source>A warning rule names the criterion %1, which is not in the rubric.</source>
        <translation>Une règle d&apos;avertissement mentionne le critère %1, qui ne figure pas dans la grille d&apos;évaluation.</translation>
    </message>
</context>
<context>
    <name>RubricFile</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a rubric is much smaller.</source>
        <translation>%1 dépasse %2 Mo ; une grille d&apos;évaluation est bien plus petite.</translation>
    </message>
    <message>
        <source>%1 must hold one rubric object.</source>
        <translation>%1 doit contenir un seul objet grille d&apos;évaluation.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>RubricJson</name>
    <message>
        <source>this is not a Casebook rubric (format is &apos;%1&apos;)</source>
        <translation>ce n&apos;est pas une grille d&apos;évaluation Casebook (le format est « %1 »)</translation>
    </message>
    <message>
        <source>this rubric was made by a newer Casebook; update Casebook to open it</source>
        <translation>cette grille d&apos;évaluation a été créée par une version plus récente de Casebook ; mettez Casebook à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>uuid: &apos;%1&apos; is not a UUID</source>
        <translation>uuid : « %1 » n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>name: a rubric needs a name of at most 500 characters</source>
        <translation>name : une grille d&apos;évaluation doit avoir un nom de 500 caractères au plus</translation>
    </message>
    <message>
        <source>version: must be a whole number from 1</source>
        <translation>version : doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>scale: min must be 0 or more and max greater than min (at most 100)</source>
        <translation>scale : min doit valoir 0 ou plus et max être supérieur à min (100 au plus)</translation>
    </message>
    <message>
        <source>scale.labels: must be a list of texts</source>
        <translation>scale.labels : doit être une liste de textes</translation>
    </message>
    <message>
        <source>dimensions: a rubric needs at least one dimension</source>
        <translation>dimensions : une grille d&apos;évaluation doit avoir au moins une dimension</translation>
    </message>
    <message>
        <source>dimensions[%1]: needs a name</source>
        <translation>dimensions[%1] : doit avoir un nom</translation>
    </message>
    <message>
        <source>%1: needs an id of 1 to 32 characters</source>
        <translation>%1 : doit avoir un identifiant de 1 à 32 caractères</translation>
    </message>
    <message>
        <source>%1: the criterion id &apos;%2&apos; is used twice</source>
        <translation>%1 : l&apos;identifiant de critère « %2 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>%1: needs a name</source>
        <translation>%1 : doit avoir un nom</translation>
    </message>
    <message>
        <source>%1: weight must be a number of 0 or more</source>
        <translation>%1 : weight doit être un nombre supérieur ou égal à 0</translation>
    </message>
    <message>
        <source>%1: levels must be a list of texts</source>
        <translation>%1 : levels doit être une liste de textes</translation>
    </message>
    <message>
        <source>%1: has %2 level descriptors; the scale %3 to %4 needs %5</source>
        <translation>%1 : a %2 descripteurs de niveau ; l&apos;échelle de %3 à %4 en exige %5</translation>
    </message>
    <message>
        <source>%1: sources must be a list of texts</source>
        <translation>%1 : sources doit être une liste de textes</translation>
    </message>
    <message>
        <source>weights: at least one criterion needs a weight above 0</source>
        <translation>weights : au moins un critère doit avoir un poids supérieur à 0</translation>
    </message>
    <message>
        <source>knockouts: the criterion &apos;%1&apos; is not in the rubric</source>
        <translation>knockouts : le critère « %1 » ne figure pas dans la grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>min_coverage: must be a number from 0 to 1</source>
        <translation>min_coverage : doit être un nombre de 0 à 1</translation>
    </message>
</context>
<context>
    <name>RubricRepository</name>
    <message>
        <source>A different rubric with the UUID %1 is already stored; a changed rubric needs a new version.</source>
        <translation>Une autre grille d&apos;évaluation portant l&apos;UUID %1 est déjà stockée ; une grille modifiée doit avoir une nouvelle version.</translation>
    </message>
    <message>
        <source>Version %1 of the rubric &quot;%2&quot; is already stored.</source>
        <translation>La version %1 de la grille d&apos;évaluation « %2 » est déjà stockée.</translation>
    </message>
    <message>
        <source>Saving the rubric</source>
        <translation>Enregistrement de la grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>Reading a rubric</source>
        <translation>Lecture d&apos;une grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>There is no rubric %1.</source>
        <translation>Il n&apos;existe pas de grille d&apos;évaluation %1.</translation>
    </message>
    <message>
        <source>Listing rubrics</source>
        <translation>Liste des grilles d&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>SafeXmlReader</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most an XML file may have; it was not read.</source>
        <translation>%1 dépasse %2 Mo, le maximum pour un fichier XML ; il n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>%1, line %2: %3; nothing was imported.</source>
        <translation>%1, ligne %2 : %3 ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>the file has a document type declaration (DOCTYPE), which exchange files never need and which can define entities; it is refused</source>
        <translation>le fichier contient une déclaration de type de document (DOCTYPE), dont les fichiers d&apos;échange n&apos;ont jamais besoin et qui peut définir des entités ; il est refusé</translation>
    </message>
    <message>
        <source>the entity reference &amp;%1; is refused (only &amp;amp;, &amp;lt;, &amp;gt;, &amp;quot;, &amp;apos; and character references are read)</source>
        <translation>la référence d&apos;entité &amp;%1; est refusée (seuls &amp;amp;, &amp;lt;, &amp;gt;, &amp;quot;, &amp;apos; et les références de caractères sont lus)</translation>
    </message>
    <message>
        <source>the processing instruction &lt;?%1?&gt; is refused</source>
        <translation>l&apos;instruction de traitement &lt;?%1?&gt; est refusée</translation>
    </message>
    <message>
        <source>the file has more than %1 elements</source>
        <translation>le fichier contient plus de %1 éléments</translation>
    </message>
    <message>
        <source>elements are nested more than %1 deep</source>
        <translation>les éléments sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>a second root element</source>
        <translation>un deuxième élément racine</translation>
    </message>
    <message>
        <source>the attributes of &lt;%1&gt; are longer than %2 characters</source>
        <translation>les attributs de &lt;%1&gt; dépassent %2 caractères</translation>
    </message>
    <message>
        <source>the text of &lt;%1&gt; is longer than %2 characters</source>
        <translation>le texte de &lt;%1&gt; dépasse %2 caractères</translation>
    </message>
    <message>
        <source>%1, line %2: this is not well-formed XML (%3); nothing was imported.</source>
        <translation>%1, ligne %2 : ce n&apos;est pas du XML bien formé (%3) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 holds no XML element.</source>
        <translation>%1 ne contient aucun élément XML.</translation>
    </message>
</context>
<context>
    <name>SafeZipReader</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file %1 cannot be opened.</source>
        <translation>Le fichier %1 ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>This file is empty (0 bytes), so it is not an archive.</source>
        <translation>Ce fichier est vide (0 octet), ce n&apos;est donc pas une archive.</translation>
    </message>
    <message>
        <source>This file is not a ZIP archive.</source>
        <translation>Ce fichier n&apos;est pas une archive ZIP.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Le fichier %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The archive is malformed and cannot be read safely.</source>
        <translation>L&apos;archive est mal formée et ne peut pas être lue en toute sécurité.</translation>
    </message>
    <message>
        <source>The archive is cut short (truncated).</source>
        <translation>L&apos;archive est tronquée.</translation>
    </message>
    <message>
        <source>The archive is empty.</source>
        <translation>L&apos;archive est vide.</translation>
    </message>
    <message>
        <source>The archive uses a ZIP extension that is not supported (Zip64).</source>
        <translation>L&apos;archive utilise une extension ZIP non prise en charge (Zip64).</translation>
    </message>
    <message>
        <source>The archive is split over several files, which is not supported.</source>
        <translation>L&apos;archive est répartie sur plusieurs fichiers, ce qui n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>The archive has too many entries (%1; the limit is %2).</source>
        <translation>L&apos;archive contient trop d&apos;entrées (%1 ; la limite est de %2).</translation>
    </message>
    <message>
        <source>The archive contains a symbolic link, which is not allowed: %1.</source>
        <translation>L&apos;archive contient un lien symbolique, ce qui n&apos;est pas autorisé : %1.</translation>
    </message>
    <message>
        <source>The archive contains a special file, which is not allowed: %1.</source>
        <translation>L&apos;archive contient un fichier spécial, ce qui n&apos;est pas autorisé : %1.</translation>
    </message>
    <message>
        <source>The archive contains a folder entry, which is not allowed: %1.</source>
        <translation>L&apos;archive contient une entrée de dossier, ce qui n&apos;est pas autorisé : %1.</translation>
    </message>
    <message>
        <source>The archive contains an entry without a name.</source>
        <translation>L&apos;archive contient une entrée sans nom.</translation>
    </message>
    <message>
        <source>The archive contains a file name that is too long (%1 characters; the limit is %2): %3.</source>
        <translation>L&apos;archive contient un nom de fichier trop long (%1 caractères ; la limite est de %2) : %3.</translation>
    </message>
    <message>
        <source>The archive contains a file name with a backslash: %1.</source>
        <translation>L&apos;archive contient un nom de fichier avec une barre oblique inverse : %1.</translation>
    </message>
    <message>
        <source>The archive contains a file name with a drive letter: %1.</source>
        <translation>L&apos;archive contient un nom de fichier avec une lettre de lecteur : %1.</translation>
    </message>
    <message>
        <source>The archive contains a file name with an absolute path: %1.</source>
        <translation>L&apos;archive contient un nom de fichier avec un chemin absolu : %1.</translation>
    </message>
    <message>
        <source>The archive contains a file name that points outside the archive: %1.</source>
        <translation>L&apos;archive contient un nom de fichier qui pointe hors de l&apos;archive : %1.</translation>
    </message>
    <message>
        <source>The archive contains a file name with an empty or &quot;.&quot; folder name: %1.</source>
        <translation>L&apos;archive contient un nom de fichier avec un nom de dossier vide ou « . » : %1.</translation>
    </message>
    <message>
        <source>The archive contains a file name with characters that are not allowed: %1.</source>
        <translation>L&apos;archive contient un nom de fichier avec des caractères non autorisés : %1.</translation>
    </message>
    <message>
        <source>The archive contains an encrypted entry: %1.</source>
        <translation>L&apos;archive contient une entrée chiffrée : %1.</translation>
    </message>
    <message>
        <source>The archive entry %1 uses a compression method that is not supported.</source>
        <translation>L&apos;entrée d&apos;archive %1 utilise une méthode de compression non prise en charge.</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its size does not match the size it declares).</source>
        <translation>L&apos;archive est endommagée à l&apos;entrée %1 (sa taille ne correspond pas à celle déclarée).</translation>
    </message>
    <message>
        <source>The archive entry %1 is too large when unpacked (%2 MB; the limit is %3 MB).</source>
        <translation>L&apos;entrée d&apos;archive %1 est trop volumineuse une fois décompressée (%2 Mo ; la limite est de %3 Mo).</translation>
    </message>
    <message>
        <source>The archive entry %1 expands far too much when unpacked (%2 to 1; the limit is %3 to 1).</source>
        <translation>L&apos;entrée d&apos;archive %1 se dilate beaucoup trop à la décompression (%2 pour 1 ; la limite est de %3 pour 1).</translation>
    </message>
    <message>
        <source>The archive contains a file outside the allowed layout: %1.</source>
        <translation>L&apos;archive contient un fichier hors de l&apos;arborescence autorisée : %1.</translation>
    </message>
    <message>
        <source>The archive contains the same file twice: %1.</source>
        <translation>L&apos;archive contient deux fois le même fichier : %1.</translation>
    </message>
    <message>
        <source>The archive contains two files whose names differ only in upper and lower case: %1 and %2.</source>
        <translation>L&apos;archive contient deux fichiers dont les noms ne diffèrent que par la casse : %1 et %2.</translation>
    </message>
    <message>
        <source>The archive is too large when unpacked (%1 MB; the limit is %2 MB).</source>
        <translation>L&apos;archive est trop volumineuse une fois décompressée (%1 Mo ; la limite est de %2 Mo).</translation>
    </message>
    <message>
        <source>The archive is malformed: its entries claim more data than the file holds.</source>
        <translation>L&apos;archive est mal formée : ses entrées annoncent plus de données que n&apos;en contient le fichier.</translation>
    </message>
    <message>
        <source>The archive is malformed: its entries %1 and %2 overlap.</source>
        <translation>L&apos;archive est mal formée : ses entrées %1 et %2 se chevauchent.</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its headers do not agree).</source>
        <translation>L&apos;archive est endommagée à l&apos;entrée %1 (ses en-têtes ne concordent pas).</translation>
    </message>
    <message>
        <source>The archive is missing the file %1.</source>
        <translation>Le fichier %1 manque dans l&apos;archive.</translation>
    </message>
    <message>
        <source>The archive entry %1 does not have the expected size.</source>
        <translation>L&apos;entrée d&apos;archive %1 n&apos;a pas la taille attendue.</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (it cannot be unpacked).</source>
        <translation>L&apos;archive est endommagée à l&apos;entrée %1 (elle ne peut pas être décompressée).</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its checksum does not match).</source>
        <translation>L&apos;archive est endommagée à l&apos;entrée %1 (sa somme de contrôle ne correspond pas).</translation>
    </message>
    <message>
        <source>The archive entry %1 has been altered (its SHA-256 fingerprint does not match).</source>
        <translation>L&apos;entrée d&apos;archive %1 a été altérée (son empreinte SHA-256 ne correspond pas).</translation>
    </message>
    <message>
        <source>The archive is damaged at entry %1 (its data descriptor does not agree with the central directory).</source>
        <translation>L&apos;archive est endommagée à l&apos;entrée %1 (son descripteur de données ne concorde pas avec le répertoire central).</translation>
    </message>
    <message>
        <source>The archive is malformed: %1 bytes after the entry %2 belong to no entry.</source>
        <translation>L&apos;archive est mal formée : %1 octets après l&apos;entrée %2 n&apos;appartiennent à aucune entrée.</translation>
    </message>
</context>
<context>
    <name>SavedViewRepository</name>
    <message>
        <source>Listing saved views</source>
        <translation>Liste des vues enregistrées</translation>
    </message>
    <message>
        <source>A saved view needs a name of 1 to 200 characters.</source>
        <translation>Une vue enregistrée doit avoir un nom de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>Saving the view</source>
        <translation>Enregistrement de la vue</translation>
    </message>
    <message>
        <source>Deleting the view</source>
        <translation>Suppression de la vue</translation>
    </message>
    <message>
        <source>There is no saved view %1.</source>
        <translation>Il n&apos;existe pas de vue enregistrée %1.</translation>
    </message>
</context>
<context>
    <name>ScoreEntry</name>
    <message>
        <source>The rubric &quot;%1&quot; (version %2) has no criterion %3.</source>
        <translation>La grille d&apos;évaluation « %1 » (version %2) n&apos;a pas de critère %3.</translation>
    </message>
    <message>
        <source>%1: level %2 is outside the scale %3 to %4.</source>
        <translation>%1 : le niveau %2 est hors de l&apos;échelle %3 à %4.</translation>
    </message>
    <message>
        <source>%1 has no score; give it a score first.</source>
        <translation>%1 n&apos;a pas de note ; attribuez-lui d&apos;abord une note.</translation>
    </message>
    <message>
        <source>%1: the confidence &apos;%2&apos; is not low, medium or high.</source>
        <translation>%1 : la confiance « %2 » n&apos;est pas low, medium ou high.</translation>
    </message>
</context>
<context>
    <name>ScoreIndex</name>
    <message>
        <source>Updating the score index</source>
        <translation>Mise à jour de l&apos;index des notes</translation>
    </message>
    <message>
        <source>Reading the score index</source>
        <translation>Lecture de l&apos;index des notes</translation>
    </message>
</context>
<context>
    <name>ScoreReportLoader</name>
    <message>
        <source>Reading rubrics</source>
        <translation>Lecture des grilles d&apos;évaluation</translation>
    </message>
    <message>
        <source>There is no rubric yet; import one or run &apos;init&apos;.</source>
        <translation>Il n&apos;y a pas encore de grille d&apos;évaluation ; importez-en une ou lancez « init ».</translation>
    </message>
    <message>
        <source>Reading use cases</source>
        <translation>Lecture des cas d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>SearchCompletion</name>
    <message>
        <source>a tag</source>
        <translation>une étiquette</translation>
    </message>
    <message>
        <source>a vertical</source>
        <translation>un secteur vertical</translation>
    </message>
    <message>
        <source>a Sustainable Development Goal, 1 to 17</source>
        <translation>un objectif de développement durable, de 1 à 17</translation>
    </message>
    <message>
        <source>an ITU region</source>
        <translation>une région de l&apos;UIT</translation>
    </message>
    <message>
        <source>a country (ISO 3166 code)</source>
        <translation>un pays (code ISO 3166)</translation>
    </message>
    <message>
        <source>a deployment stage</source>
        <translation>un stade de déploiement</translation>
    </message>
    <message>
        <source>a development context</source>
        <translation>un contexte de développement</translation>
    </message>
    <message>
        <source>an approval status</source>
        <translation>un statut d&apos;approbation</translation>
    </message>
    <message>
        <source>the interoperability facet of a gap</source>
        <translation>la facette d&apos;interopérabilité d&apos;une lacune</translation>
    </message>
    <message>
        <source>a gap&apos;s candidate SDO or a standard&apos;s body</source>
        <translation>l&apos;ODN candidate d&apos;une lacune ou l&apos;organisme d&apos;une norme</translation>
    </message>
    <message>
        <source>an ITU-T Question, e.g. Q2/20</source>
        <translation>une Question de l&apos;UIT-T, par exemple Q2/20</translation>
    </message>
</context>
<context>
    <name>SearchProblem</name>
    <message>
        <source>“%1:” is not a filter, so “%2” was left out.</source>
        <translation>« %1: » n&apos;est pas un filtre, donc « %2 » a été laissé de côté.</translation>
    </message>
    <message>
        <source>“%1” was left out: SDGs are numbered 1 to 17.</source>
        <translation>« %1 » a été laissé de côté : les ODD sont numérotés de 1 à 17.</translation>
    </message>
    <message>
        <source>“%1” was left out: “%2” is not a value of the %3 filter.</source>
        <translation>« %1 » a été laissé de côté : « %2 » n&apos;est pas une valeur du filtre %3.</translation>
    </message>
    <message>
        <source>“%1:” is not a filter, so “%2” was searched as words.</source>
        <translation>« %1: » n&apos;est pas un filtre, donc « %2 » a été recherché comme des mots.</translation>
    </message>
    <message>
        <source>“%1” was left out: it has no letters or digits to search for.</source>
        <translation>« %1 » a été laissé de côté : il ne contient ni lettre ni chiffre à rechercher.</translation>
    </message>
    <message>
        <source>“%1” was left out: a search holds at most %2 words and %3 filter values.</source>
        <translation>« %1 » a été laissé de côté : une recherche contient au plus %2 mots et %3 valeurs de filtre.</translation>
    </message>
</context>
<context>
    <name>SearchTextDeferral</name>
    <message>
        <source>Updating the search index</source>
        <translation>Mise à jour de l&apos;index de recherche</translation>
    </message>
</context>
<context>
    <name>Seeder</name>
    <message>
        <source>The example use cases are missing from this build.</source>
        <translation>Les cas d&apos;utilisation d&apos;exemple manquent dans cette version du programme.</translation>
    </message>
    <message>
        <source>An example use case is invalid.</source>
        <translation>Un cas d&apos;utilisation d&apos;exemple n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>No password was given.</source>
        <translation>Aucun mot de passe n&apos;a été saisi.</translation>
    </message>
    <message>
        <source>System Keychain</source>
        <translation>Trousseau du système</translation>
    </message>
</context>
<context>
    <name>ServerPasswords</name>
    <message>
        <source>The system keychain is not available, so the password cannot be remembered or read there.</source>
        <translation>Le trousseau du système n&apos;est pas disponible : le mot de passe ne peut pas y être mémorisé ni lu.</translation>
    </message>
</context>
<context>
    <name>ServerRecordCodec</name>
    <message>
        <source>The team repository sent an invalid use case (%1): %2</source>
        <translation>Le référentiel d&apos;équipe a envoyé un cas d&apos;utilisation non valide (%1) : %2</translation>
    </message>
    <message>
        <source>The team repository sent a use case under the wrong identity: %1.</source>
        <translation>Le référentiel d&apos;équipe a envoyé un cas d&apos;utilisation sous une mauvaise identité : %1.</translation>
    </message>
    <message>
        <source>The team repository sent an invalid ancestry for %1.</source>
        <translation>Le référentiel d&apos;équipe a envoyé une filiation non valide pour %1.</translation>
    </message>
    <message>
        <source>The team repository sent an invalid rubric (%1): %2</source>
        <translation>Le référentiel d&apos;équipe a envoyé une grille d&apos;évaluation non valide (%1) : %2</translation>
    </message>
    <message>
        <source>The team repository sent an invalid assessment (%1): %2</source>
        <translation>Le référentiel d&apos;équipe a envoyé une évaluation non valide (%1) : %2</translation>
    </message>
    <message>
        <source>The team repository sent an attachment whose content does not match its hash.</source>
        <translation>Le référentiel d&apos;équipe a envoyé une pièce jointe dont le contenu ne correspond pas à son empreinte.</translation>
    </message>
</context>
<context>
    <name>ServerRepository</name>
    <message>
        <source>The team repository has no identity; run server init again.</source>
        <translation>Le référentiel d&apos;équipe n&apos;a pas d&apos;identité ; relancez server init.</translation>
    </message>
    <message>
        <source>%1 is not a member of this team repository; the secretariat adds members with casebook-cli server add-member.</source>
        <translation>%1 n&apos;est pas membre de ce référentiel d&apos;équipe ; le secrétariat ajoute les membres avec casebook-cli server add-member.</translation>
    </message>
    <message>
        <source>The team repository has no use case %1 that you may see.</source>
        <translation>Le référentiel d&apos;équipe n&apos;a aucun cas d&apos;utilisation %1 que vous pouvez voir.</translation>
    </message>
    <message>
        <source>The team repository has %1 use cases with the code %2; share them with psql by their UUID.</source>
        <translation>Le référentiel d&apos;équipe contient %1 cas d&apos;utilisation portant le code %2 ; partagez-les avec psql en indiquant leur UUID.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a role name.</source>
        <translation>« %1 » n&apos;est pas un nom de rôle.</translation>
    </message>
    <message>
        <source>The server has no role %1; nothing was shared.</source>
        <translation>Le serveur n&apos;a pas de rôle %1 ; rien n&apos;a été partagé.</translation>
    </message>
    <message>
        <source>The use case %1 changed on the server meanwhile; nothing was shared. Try again.</source>
        <translation>Le cas d&apos;utilisation %1 a été modifié entre-temps sur le serveur ; rien n&apos;a été partagé. Réessayez.</translation>
    </message>
</context>
<context>
    <name>ServerSchema</name>
    <message>
        <source>Could not set up the team repository (step %1, %2): %3</source>
        <translation>Impossible de configurer le référentiel d&apos;équipe (étape %1, %2) : %3</translation>
    </message>
    <message>
        <source>The server is not a Casebook team repository yet; its administrator runs casebook-cli server init first.</source>
        <translation>Le serveur n&apos;est pas encore un référentiel d&apos;équipe Casebook ; son administrateur doit d&apos;abord lancer casebook-cli server init.</translation>
    </message>
    <message>
        <source>The team repository was set up by a newer version of Casebook (server schema %1; this version knows %2). Update Casebook.</source>
        <translation>Le référentiel d&apos;équipe a été configuré par une version plus récente de Casebook (schéma serveur %1 ; cette version connaît le %2). Mettez Casebook à jour.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a member name: use letters, digits, _ . @ - (at most 63), not starting with casebook_ or pg_.</source>
        <translation>« %1 » ne peut pas être un nom de membre : utilisez des lettres, des chiffres, _ . @ - (63 au plus), sans commencer par casebook_ ou pg_.</translation>
    </message>
</context>
<context>
    <name>SheetImporter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>enregistrement %1</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more problem(s).</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a field of its own column, not an extra field</source>
        <translation>« %1 » est un champ qui a sa propre colonne, pas un champ supplémentaire</translation>
    </message>
    <message>
        <source>record %1: must be a use-case object.</source>
        <translation>enregistrement %1 : doit être un objet cas d&apos;utilisation.</translation>
    </message>
    <message>
        <source>uuid: &apos;%1&apos; is not a UUID</source>
        <translation>uuid : « %1 » n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>uuid: %1 is already used by %2</source>
        <translation>uuid : %1 est déjà utilisé par %2</translation>
    </message>
    <message>
        <source>code: %1 is already used by %2</source>
        <translation>code : %1 est déjà utilisé par %2</translation>
    </message>
    <message>
        <source>code: %1 belongs to another use case here (&quot;%2&quot;)</source>
        <translation>code : %1 appartient ici à un autre cas d&apos;utilisation (« %2 »)</translation>
    </message>
    <message numerus="yes">
        <source>The import has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>L&apos;importation comporte %n problème ; rien n&apos;a été importé.</numerusform>
            <numerusform>L&apos;importation comporte %n problèmes ; rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds %1 records; Casebook imports at most %2 at once.</source>
        <translation>Le fichier contient %1 enregistrements ; Casebook en importe au plus %2 à la fois.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 dépasse %2 Mo.</translation>
    </message>
    <message>
        <source>%1: not a SHA-256 (64 hexadecimal digits)</source>
        <translation>%1 : ce n&apos;est pas un SHA-256 (64 chiffres hexadécimaux)</translation>
    </message>
</context>
<context>
    <name>SheetMapping</name>
    <message>
        <source>The mapping must be a JSON object.</source>
        <translation>La correspondance doit être un objet JSON.</translation>
    </message>
    <message>
        <source>format: the mapping must say &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>format : la correspondance doit indiquer &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>version: this Casebook reads mapping version 1.</source>
        <translation>version : cette version de Casebook lit la version 1 des correspondances.</translation>
    </message>
    <message>
        <source>%1: is not a key of a mapping.</source>
        <translation>%1 : n&apos;est pas une clé de correspondance.</translation>
    </message>
    <message>
        <source>separator: must be &quot;,&quot;, &quot;;&quot;, &quot;tab&quot; or &quot;auto&quot;, not &quot;%1&quot;.</source>
        <translation>separator : doit être &quot;,&quot;, &quot;;&quot;, &quot;tab&quot; ou &quot;auto&quot;, et non &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>columns: must be an object of header name to field.</source>
        <translation>columns : doit être un objet associant un nom d&apos;en-tête à un champ.</translation>
    </message>
    <message>
        <source>columns.%1: must be a field name, &quot;&quot; or null.</source>
        <translation>columns.%1 : doit être un nom de champ, &quot;&quot; ou null.</translation>
    </message>
    <message>
        <source>columns.%1: &apos;%2&apos; is not a field of a use case.</source>
        <translation>columns.%1 : « %2 » n&apos;est pas un champ de cas d&apos;utilisation.</translation>
    </message>
    <message>
        <source>values: must be an object of field to replacements.</source>
        <translation>values : doit être un objet associant un champ à ses remplacements.</translation>
    </message>
    <message>
        <source>values.%1: is not a field of a use case.</source>
        <translation>values.%1 : n&apos;est pas un champ de cas d&apos;utilisation.</translation>
    </message>
    <message>
        <source>values.%1: must be an object of value as typed to value to store.</source>
        <translation>values.%1 : doit être un objet associant une valeur telle que saisie à la valeur à stocker.</translation>
    </message>
    <message>
        <source>values.%1.%2: must be a text value.</source>
        <translation>values.%1.%2 : doit être un texte.</translation>
    </message>
    <message>
        <source>accept_suggestions: must be true or false.</source>
        <translation>accept_suggestions : doit être true ou false.</translation>
    </message>
    <message>
        <source>The mapping: %1</source>
        <translation>La correspondance : %1</translation>
    </message>
</context>
<context>
    <name>SpreadsheetExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L&apos;exportation a été annulée ; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>StepTable</name>
    <message>
        <source>differs from line %1, where this use case is given first; leave it empty on the rows of its further steps or repeat the same value</source>
        <translation>diffère de la ligne %1, où ce cas d&apos;utilisation apparaît en premier ; laissez-le vide sur les lignes de ses étapes suivantes ou répétez la même valeur</translation>
    </message>
</context>
<context>
    <name>StoredDocumentCheck</name>
    <message>
        <source>the stored JSON is damaged (%1)</source>
        <translation>le JSON stocké est endommagé (%1)</translation>
    </message>
    <message>
        <source>the stored JSON is not an object</source>
        <translation>le JSON stocké n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>Checking the stored use cases</source>
        <translation>Vérification des cas d&apos;utilisation stockés</translation>
    </message>
    <message>
        <source>use case %1 (%2)</source>
        <translation>cas d&apos;utilisation %1 (%2)</translation>
    </message>
    <message>
        <source>revision %1 is outside 1 to %2</source>
        <translation>la révision %1 est hors de l&apos;intervalle 1 à %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Checking the stored rubrics</source>
        <translation>Vérification des grilles d&apos;évaluation stockées</translation>
    </message>
    <message>
        <source>rubric %1 version %2 (%3)</source>
        <translation>grille d&apos;évaluation %1 version %2 (%3)</translation>
    </message>
    <message>
        <source>assessment %1 by %2: %3</source>
        <translation>évaluation %1 par %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n record(s) that cannot be read: %2</source>
        <translation>
            <numerusform>%1 contient %n enregistrement illisible : %2</numerusform>
            <numerusform>%1 contient %n enregistrements illisibles : %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrictJson</name>
    <message>
        <source>the text is not valid JSON (%1 at byte %2).</source>
        <translation>le texte n&apos;est pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>the JSON nests deeper than %1 levels at %2.</source>
        <translation>le JSON est imbriqué sur plus de %1 niveaux à %2.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>le niveau supérieur</translation>
    </message>
    <message>
        <source>the key %1 appears twice in one object; each key may be given once.</source>
        <translation>la clé %1 apparaît deux fois dans un même objet ; chaque clé ne peut être donnée qu&apos;une fois.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message numerus="yes">
        <source>%n record(s) stay here: the team repository holds them restricted to other members.</source>
        <translation>
            <numerusform>%n enregistrement reste ici : le référentiel d&apos;équipe le réserve à d&apos;autres membres.</numerusform>
            <numerusform>%n enregistrements restent ici : le référentiel d&apos;équipe les réserve à d&apos;autres membres.</numerusform>
        </translation>
    </message>
    <message>
        <source>The team repository kept changing the same records during the sync; nothing of the last push was written. Sync again.</source>
        <translation>Le référentiel d&apos;équipe n&apos;a cessé de modifier les mêmes enregistrements pendant la synchronisation ; rien de la dernière transmission n&apos;a été écrit. Synchronisez de nouveau.</translation>
    </message>
</context>
<context>
    <name>SyncPull</name>
    <message>
        <source>The sync was interrupted after reading the server.</source>
        <translation>La synchronisation a été interrompue après la lecture du serveur.</translation>
    </message>
    <message>
        <source>team repository %1</source>
        <translation>référentiel d&apos;équipe %1</translation>
    </message>
    <message>
        <source>The sync was interrupted while writing locally.</source>
        <translation>La synchronisation a été interrompue pendant l&apos;écriture locale.</translation>
    </message>
    <message>
        <source>The sync was interrupted after writing locally.</source>
        <translation>La synchronisation a été interrompue après l&apos;écriture locale.</translation>
    </message>
</context>
<context>
    <name>SyncPush</name>
    <message numerus="yes">
        <source>%n local change(s) stay here: a reader of the team repository sends no changes.</source>
        <translation>
            <numerusform>%n modification locale reste ici : un lecteur du référentiel d&apos;équipe n&apos;envoie aucune modification.</numerusform>
            <numerusform>%n modifications locales restent ici : un lecteur du référentiel d&apos;équipe n&apos;envoie aucune modification.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) changed here stay here: only editors send use cases.</source>
        <translation>
            <numerusform>%n cas d&apos;utilisation modifié ici reste ici : seuls les éditeurs envoient des cas d&apos;utilisation.</numerusform>
            <numerusform>%n cas d&apos;utilisation modifiés ici restent ici : seuls les éditeurs envoient des cas d&apos;utilisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) by other assessors stay here: each assessor sends their own.</source>
        <translation>
            <numerusform>%n évaluation d&apos;autres évaluateurs reste ici : chaque évaluateur envoie les siennes.</numerusform>
            <numerusform>%n évaluations d&apos;autres évaluateurs restent ici : chaque évaluateur envoie les siennes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) of use cases the team repository does not have stay here.</source>
        <translation>
            <numerusform>%n évaluation de cas d&apos;utilisation que le référentiel d&apos;équipe n&apos;a pas reste ici.</numerusform>
            <numerusform>%n évaluations de cas d&apos;utilisation que le référentiel d&apos;équipe n&apos;a pas restent ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync was interrupted after writing on the server.</source>
        <translation>La synchronisation a été interrompue après l&apos;écriture sur le serveur.</translation>
    </message>
    <message>
        <source>The sync was interrupted while writing on the server.</source>
        <translation>La synchronisation a été interrompue pendant l&apos;écriture sur le serveur.</translation>
    </message>
</context>
<context>
    <name>SyncStateRepository</name>
    <message>
        <source>Reading the sync position</source>
        <translation>Lecture de la position de synchronisation</translation>
    </message>
    <message>
        <source>Saving the sync position</source>
        <translation>Enregistrement de la position de synchronisation</translation>
    </message>
    <message>
        <source>Reading the sync state</source>
        <translation>Lecture de l&apos;état de synchronisation</translation>
    </message>
    <message>
        <source>Saving the sync state</source>
        <translation>Enregistrement de l&apos;état de synchronisation</translation>
    </message>
    <message>
        <source>Reading the use cases</source>
        <translation>Lecture des cas d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>Listing tags</source>
        <translation>Liste des étiquettes</translation>
    </message>
    <message>
        <source>There is no tag %1.</source>
        <translation>Il n&apos;existe pas d&apos;étiquette %1.</translation>
    </message>
    <message>
        <source>The tag %1 already exists; merge the tags instead of renaming.</source>
        <translation>L&apos;étiquette %1 existe déjà ; fusionnez les étiquettes au lieu de renommer.</translation>
    </message>
    <message>
        <source>Renaming the tag</source>
        <translation>Renommage de l&apos;étiquette</translation>
    </message>
    <message>
        <source>Choose at least one other tag to merge into %1.</source>
        <translation>Choisissez au moins une autre étiquette à fusionner dans %1.</translation>
    </message>
    <message>
        <source>%1 is not a colour like #1f77b4.</source>
        <translation>%1 n&apos;est pas une couleur comme #1f77b4.</translation>
    </message>
    <message>
        <source>Setting the tag colour</source>
        <translation>Définition de la couleur de l&apos;étiquette</translation>
    </message>
    <message>
        <source>Tidying tags</source>
        <translation>Rangement des étiquettes</translation>
    </message>
</context>
<context>
    <name>UseCaseJson</name>
    <message>
        <source>must be a goal number from 1 to 17</source>
        <translation>doit être un numéro d&apos;objectif de 1 à 17</translation>
    </message>
    <message>
        <source>must be a size in bytes</source>
        <translation>doit être une taille en octets</translation>
    </message>
    <message>
        <source>%1: is not a field of a use case</source>
        <translation>%1 : n&apos;est pas un champ de cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>uuid: is required</source>
        <translation>uuid : est obligatoire</translation>
    </message>
    <message>
        <source>code: is required</source>
        <translation>code : est obligatoire</translation>
    </message>
    <message>
        <source>created_at and modified_at: are required</source>
        <translation>created_at et modified_at : sont obligatoires</translation>
    </message>
    <message>
        <source>a tag must not be empty</source>
        <translation>une étiquette ne doit pas être vide</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; is longer than %2 characters</source>
        <translation>l&apos;étiquette « %1 » dépasse %2 caractères</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; contains control characters</source>
        <translation>l&apos;étiquette « %1 » contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>the tag &apos;%1&apos; has an empty level between &apos;/&apos; separators</source>
        <translation>l&apos;étiquette « %1 » a un niveau vide entre des séparateurs « / »</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be a text value</source>
        <translation>doit être un texte</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <translation>doit être true, false ou null</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time</source>
        <translation>« %1 » n&apos;est pas une date et heure ISO 8601</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>%1: this field, unknown to this version, nests deeper than %2 levels</source>
        <translation>%1 : ce champ, inconnu de cette version, est imbriqué sur plus de %2 niveaux</translation>
    </message>
    <message>
        <source>%1: the fields unknown to this version take more than %2 KB in this record; the record is refused rather than cut</source>
        <translation>%1 : les champs inconnus de cette version occupent plus de %2 Ko dans cet enregistrement ; l&apos;enregistrement est refusé plutôt que tronqué</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>doit être un nombre entier de 0 à %1</translation>
    </message>
</context>
<context>
    <name>UseCaseRepository</name>
    <message>
        <source>Reading use case codes</source>
        <translation>Lecture des codes des cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>Checking the code</source>
        <translation>Vérification du code</translation>
    </message>
    <message>
        <source>The code %1 is already used by &quot;%2&quot;.</source>
        <translation>Le code %1 est déjà utilisé par « %2 ».</translation>
    </message>
    <message>
        <source>A use case needs a title.</source>
        <translation>Un cas d&apos;utilisation doit avoir un titre.</translation>
    </message>
    <message>
        <source>The UUID of the use case is not valid.</source>
        <translation>L&apos;UUID du cas d&apos;utilisation n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>A use case with the UUID %1 already exists (&quot;%2&quot;).</source>
        <translation>Un cas d&apos;utilisation avec l&apos;UUID %1 existe déjà (« %2 »).</translation>
    </message>
    <message>
        <source>The use case lists an attachment whose file is not stored.</source>
        <translation>Le cas d&apos;utilisation mentionne une pièce jointe dont le fichier n&apos;est pas stocké.</translation>
    </message>
    <message>
        <source>Saving the use case</source>
        <translation>Enregistrement du cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>Saving tags</source>
        <translation>Enregistrement des étiquettes</translation>
    </message>
    <message>
        <source>Reading a use case</source>
        <translation>Lecture d&apos;un cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>There is no use case %1.</source>
        <translation>Il n&apos;existe pas de cas d&apos;utilisation %1.</translation>
    </message>
    <message>
        <source>The stored use case %1 cannot be read.</source>
        <translation>Le cas d&apos;utilisation stocké %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>No use case was named.</source>
        <translation>Aucun cas d&apos;utilisation n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>Deleting the use case</source>
        <translation>Suppression du cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>%1 does not have the tag(s) %2.</source>
        <translation>%1 n&apos;a pas la ou les étiquettes %2.</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Counting use cases</source>
        <translation>Comptage des cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>Listing use cases</source>
        <translation>Liste des cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>The search is too complex to run; use fewer words and filters.</source>
        <translation>La recherche est trop complexe pour être exécutée ; utilisez moins de mots et de filtres.</translation>
    </message>
    <message>
        <source>Updating the search index</source>
        <translation>Mise à jour de l&apos;index de recherche</translation>
    </message>
    <message>
        <source>Reading sharing levels</source>
        <translation>Lecture des niveaux de partage</translation>
    </message>
</context>
<context>
    <name>UseCaseSheet</name>
    <message>
        <source>&quot;%1&quot; is not a known value for %2; did you mean &quot;%3&quot;?</source>
        <translation>« %1 » n&apos;est pas une valeur connue pour %2 ; vouliez-vous dire « %3 » ?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value for %2.</source>
        <translation>« %1 » n&apos;est pas une valeur connue pour %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value; did you mean &quot;%2&quot; (%3)?</source>
        <translation>« %1 » n&apos;est pas une valeur connue ; vouliez-vous dire « %2 » (%3) ?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value</source>
        <translation>« %1 » n&apos;est pas une valeur connue</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>Statut d&apos;approbation</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>Organisation source</translation>
    </message>
    <message>
        <source>Submitters</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>Documents sources</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Sharing level</source>
        <translation>Niveau de partage</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>Secteurs verticaux</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODD</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>ITU regions</source>
        <translation>Régions de l&apos;UIT</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>Stade de déploiement</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Related use cases</source>
        <translation>Cas d&apos;utilisation connexes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Avantages</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation>Informations échangées</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Interfaces</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Connectivité</translation>
    </message>
    <message>
        <source>Identifier schemes</source>
        <translation>Schémas d&apos;identifiants</translation>
    </message>
    <message>
        <source>Onboarding</source>
        <translation>Intégration des dispositifs</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Security baselines</source>
        <translation>Référentiels de sécurité</translation>
    </message>
    <message>
        <source>Data governance</source>
        <translation>Gouvernance des données</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <source>Replicable components</source>
        <translation>Composants reproductibles</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>Lacunes de normalisation</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Fields from a newer Casebook</source>
        <translation>Champs d&apos;une version plus récente de Casebook</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number</source>
        <translation>« %1 » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>must be a JSON list of objects</source>
        <translation>doit être une liste JSON d&apos;objets</translation>
    </message>
    <message>
        <source>must be a JSON list of objects, as exported by Casebook</source>
        <translation>doit être une liste JSON d&apos;objets, telle qu&apos;exportée par Casebook</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>doit être un objet JSON</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value: %2</source>
        <translation>« %1 » n&apos;est pas une valeur valide : %2</translation>
    </message>
    <message>
        <source>U4SSC KPI codes</source>
        <translation>Codes d&apos;ICP U4SSC</translation>
    </message>
    <message>
        <source>Development context per country</source>
        <translation>Contexte de développement par pays</translation>
    </message>
    <message>
        <source>Development context (one for all countries)</source>
        <translation>Contexte de développement (un seul pour tous les pays)</translation>
    </message>
    <message>
        <source>ITU-T Questions</source>
        <translation>Questions de l&apos;UIT-T</translation>
    </message>
    <message>
        <source>Related Recommendations</source>
        <translation>Recommandations associées</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Problem and why current standards fall short</source>
        <translation>Problème et insuffisances des normes actuelles</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Conditions préalables</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Standards used</source>
        <translation>Normes utilisées</translation>
    </message>
    <message>
        <source>Version exported (content hash)</source>
        <translation>Version exportée (empreinte du contenu)</translation>
    </message>
    <message>
        <source>Scenario name (one row per step)</source>
        <translation>Nom du scénario (une ligne par étape)</translation>
    </message>
    <message>
        <source>Scenario description</source>
        <translation>Description du scénario</translation>
    </message>
    <message>
        <source>Scenario primary actor</source>
        <translation>Acteur principal du scénario</translation>
    </message>
    <message>
        <source>Scenario triggering event</source>
        <translation>Événement déclencheur du scénario</translation>
    </message>
    <message>
        <source>Scenario pre-conditions</source>
        <translation>Préconditions du scénario</translation>
    </message>
    <message>
        <source>Scenario post-conditions</source>
        <translation>Postconditions du scénario</translation>
    </message>
    <message>
        <source>Step number</source>
        <translation>Numéro de l&apos;étape</translation>
    </message>
    <message>
        <source>Step event</source>
        <translation>Événement de l&apos;étape</translation>
    </message>
    <message>
        <source>Step process or activity</source>
        <translation>Processus ou activité de l&apos;étape</translation>
    </message>
    <message>
        <source>Step description</source>
        <translation>Description de l&apos;étape</translation>
    </message>
    <message>
        <source>Step service</source>
        <translation>Service de l&apos;étape</translation>
    </message>
    <message>
        <source>Step information producer</source>
        <translation>Producteur d&apos;information de l&apos;étape</translation>
    </message>
    <message>
        <source>Step information receiver</source>
        <translation>Récepteur d&apos;information de l&apos;étape</translation>
    </message>
    <message>
        <source>Step information exchanged (ids)</source>
        <translation>Informations échangées à l&apos;étape (identifiants)</translation>
    </message>
    <message>
        <source>Step requirements (ids)</source>
        <translation>Exigences de l&apos;étape (identifiants)</translation>
    </message>
</context>
<context>
    <name>UseCaseText</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>%1, modified %2%3</source>
        <translation>%1, modifié le %2%3</translation>
    </message>
    <message>
        <source> by %1</source>
        <translation> par %1</translation>
    </message>
    <message>
        <source>Source organization</source>
        <translation>Organisation source</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>Secteurs verticaux</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODD</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>Contexte de développement</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>Stade de déploiement</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Connectivité</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Normes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Avantages</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Data governance</source>
        <translation>Gouvernance des données</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Enseignements tirés</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>Lacunes de normalisation</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1; requirements %2</source>
        <translation>%1 ; exigences %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (as written)</source>
        <translation>« %1 » (tel qu&apos;écrit)</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>le %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>information %1</source>
        <translation>information %1</translation>
    </message>
    <message>
        <source>requirements %1</source>
        <translation>exigences %1</translation>
    </message>
    <message>
        <source>Primary actor</source>
        <translation>Acteur principal</translation>
    </message>
    <message>
        <source>Triggering event</source>
        <translation>Événement déclencheur</translation>
    </message>
    <message>
        <source>Pre-conditions</source>
        <translation>Préconditions</translation>
    </message>
    <message>
        <source>Post-conditions</source>
        <translation>Postconditions</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>référence %1</translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
    <message>
        <source>measured %1</source>
        <translation>mesuré %1</translation>
    </message>
    <message>
        <source>over time %1</source>
        <translation>dans le temps %1</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>Régions de l&apos;UIT-D</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>ITU-T Questions</source>
        <translation>Questions de l&apos;UIT-T</translation>
    </message>
    <message>
        <source>Related Recommendations</source>
        <translation>Recommandations associées</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Hypothèses</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Conditions préalables</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation>Informations échangées</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>ICP</translation>
    </message>
</context>
<context>
    <name>UseCaseValidator</name>
    <message>
        <source>has %1 items; the limit is %2</source>
        <translation>compte %1 éléments ; la limite est de %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>« %1 » figure deux fois</translation>
    </message>
    <message>
        <source>the id &apos;%1&apos; is used twice</source>
        <translation>l&apos;identifiant « %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the use case&apos;s actors</source>
        <translation>« %1 » n&apos;est pas l&apos;un des acteurs du cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the id of any information exchanged of the use case</source>
        <translation>« %1 » n&apos;est l&apos;identifiant d&apos;aucune information échangée du cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not the id of a requirement of the use case</source>
        <translation>« %1 » n&apos;est l&apos;identifiant d&apos;aucune exigence du cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>ISO 3166 country code</source>
        <translation>code de pays ISO 3166</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>development context</source>
        <translation>contexte de développement</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the use case&apos;s countries</source>
        <translation>« %1 » n&apos;est pas l&apos;un des pays du cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a development context twice</source>
        <translation>« %1 » a deux fois un contexte de développement</translation>
    </message>
    <message>
        <source>approval status</source>
        <translation>statut d&apos;approbation</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to %1</source>
        <translation>doit être un nombre entier de 0 à %1</translation>
    </message>
    <message>
        <source>sharing level</source>
        <translation>niveau de partage</translation>
    </message>
    <message>
        <source>vertical</source>
        <translation>secteur vertical</translation>
    </message>
    <message>
        <source>must be a goal number from 1 to 17</source>
        <translation>doit être un numéro d&apos;objectif de 1 à 17</translation>
    </message>
    <message>
        <source>goal %1 is listed twice</source>
        <translation>l&apos;objectif %1 figure deux fois</translation>
    </message>
    <message>
        <source>ITU-D region</source>
        <translation>région de l&apos;UIT-D</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>deployment stage</source>
        <translation>stade de déploiement</translation>
    </message>
    <message>
        <source>kind of relation</source>
        <translation>type de relation</translation>
    </message>
    <message>
        <source>actor type</source>
        <translation>type d&apos;acteur</translation>
    </message>
    <message>
        <source>interoperability facet</source>
        <translation>facette d&apos;interopérabilité</translation>
    </message>
    <message>
        <source>identifier target</source>
        <translation>cible de l&apos;identifiant</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>gap status</source>
        <translation>statut de la lacune</translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits</source>
        <translation>doit compter 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>must be a size in bytes</source>
        <translation>doit être une taille en octets</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>is %1 characters long; the limit is %2</source>
        <translation>compte %1 caractères ; la limite est de %2</translation>
    </message>
    <message>
        <source>must be one line without control characters</source>
        <translation>doit tenir sur une ligne, sans caractère de contrôle</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid email address</source>
        <translation>« %1 » n&apos;est pas une adresse électronique valide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid link (expected for example https://...)</source>
        <translation>« %1 » n&apos;est pas un lien valide (attendu par exemple : https://...)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a language tag (for example en, ar, zh-Hans)</source>
        <translation>« %1 » n&apos;est pas une étiquette de langue (par exemple en, ar, zh-Hans)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ITU-T Question (for example Q2/20: Question 2 of Study Group 20)</source>
        <translation>« %1 » n&apos;est pas une Question de l&apos;UIT-T (par exemple Q2/20 : Question 2 de la Commission d&apos;études 20)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>« %1 » n&apos;est pas une date (AAAA, AAAA-MM ou AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a UUID</source>
        <translation>« %1 » n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2: %3</source>
        <translation>« %1 » n&apos;est pas une valeur valide pour %2 : %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known %2</source>
        <translation>« %1 » n&apos;est pas une valeur connue pour %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known %2 (did you mean &apos;%3&apos;?)</source>
        <translation>« %1 » n&apos;est pas une valeur connue pour %2 (vouliez-vous dire « %3 » ?)</translation>
    </message>
</context>
<context>
    <name>ValueNormaliser</name>
    <message>
        <source>&quot;%1&quot; is not one of the 17 Sustainable Development Goals.</source>
        <translation>« %1 » n&apos;est pas l&apos;un des 17 objectifs de développement durable.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value for %2; did you mean &quot;%3&quot;?</source>
        <translation>« %1 » n&apos;est pas une valeur connue pour %2 ; vouliez-vous dire « %3 » ?</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known value for %2.</source>
        <translation>« %1 » n&apos;est pas une valeur connue pour %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2: %3</source>
        <translation>« %1 » n&apos;est pas une valeur valide pour %2 : %3</translation>
    </message>
</context>
<context>
    <name>WeightSet</name>
    <message>
        <source>The weight of %1 must be a number, not &apos;%2&apos;.</source>
        <translation>Le poids de %1 doit être un nombre, et non « %2 ».</translation>
    </message>
    <message>
        <source>The weight of %1 must be zero or more, not %2.</source>
        <translation>Le poids de %1 doit être supérieur ou égal à zéro, et non %2.</translation>
    </message>
    <message>
        <source>A weight is KEY=NUMBER, for example A=40 or A1=6, not &apos;%1&apos;.</source>
        <translation>Un poids s&apos;écrit CLÉ=NOMBRE, par exemple A=40 ou A1=6, et non « %1 ».</translation>
    </message>
    <message>
        <source>The weight of %1 is given twice.</source>
        <translation>Le poids de %1 est donné deux fois.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>a weights file holds one JSON object of weights.</source>
        <translation>un fichier de poids contient un seul objet JSON de poids.</translation>
    </message>
    <message>
        <source>The weight of %1 must be a number.</source>
        <translation>Le poids de %1 doit être un nombre.</translation>
    </message>
    <message>
        <source>%1 is neither a dimension nor a criterion of the rubric &quot;%2&quot;.</source>
        <translation>%1 n&apos;est ni une dimension ni un critère de la grille d&apos;évaluation « %2 ».</translation>
    </message>
</context>
<context>
    <name>WelcomeText</name>
    <message>
        <source>Set your name in Preferences so that your edits carry it.</source>
        <translation>Indiquez votre nom dans les Préférences pour que vos modifications le portent.</translation>
    </message>
    <message>
        <source>Welcome to Casebook. This repository has no use cases yet: press Ctrl+N to record one, or import a bundle or a spreadsheet from the File menu.</source>
        <translation>Bienvenue dans Casebook. Ce référentiel ne contient encore aucun cas d&apos;utilisation : appuyez sur Ctrl+N pour en consigner un, ou importez un paquet ou une feuille de calcul depuis le menu Fichier.</translation>
    </message>
    <message numerus="yes">
        <source>The list shows %n example use case(s) from public IoT and smart-city deployments.</source>
        <translation>
            <numerusform>La liste montre %n exemple de cas d&apos;utilisation tiré de déploiements publics de l&apos;IoT et des villes intelligentes.</numerusform>
            <numerusform>La liste montre %n exemples de cas d&apos;utilisation tirés de déploiements publics de l&apos;IoT et des villes intelligentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The list shows %1, among them %2 (tagged “example”).</source>
        <translation>La liste montre %1, dont %2 (étiquetés « example »).</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n cas d&apos;utilisation</numerusform>
            <numerusform>%n cas d&apos;utilisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n exemple</numerusform>
            <numerusform>%n exemples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list shows the %n use case(s) of this repository.</source>
        <translation>
            <numerusform>La liste montre le %n cas d&apos;utilisation de ce référentiel.</numerusform>
            <numerusform>La liste montre les %n cas d&apos;utilisation de ce référentiel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Welcome to Casebook.</source>
        <translation>Bienvenue dans Casebook.</translation>
    </message>
    <message>
        <source>Filter them with the facets on the left or the search box, and press Ctrl+N to record your own.</source>
        <translation>Filtrez-les avec les facettes à gauche ou la zone de recherche, et appuyez sur Ctrl+N pour consigner les vôtres.</translation>
    </message>
</context>
<context>
    <name>WidgetPrompts</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Si vous n&apos;enregistrez pas, vos modifications seront perdues.</translation>
    </message>
</context>
<context>
    <name>WorkshopJson</name>
    <message>
        <source>has %1 items; a workshop compares %2 to %3 use cases</source>
        <translation>compte %1 éléments ; un atelier compare de %2 à %3 cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation>doit être un UUID</translation>
    </message>
    <message>
        <source>names the use case %1 twice</source>
        <translation>mentionne deux fois le cas d&apos;utilisation %1</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>has %1 weights; the limit is %2</source>
        <translation>compte %1 poids ; la limite est de %2</translation>
    </message>
    <message>
        <source>the weight %1 must be a number from 0 to 1000000</source>
        <translation>le poids %1 doit être un nombre de 0 à 1000000</translation>
    </message>
    <message>
        <source>the name %1 is used twice</source>
        <translation>le nom %1 est utilisé deux fois</translation>
    </message>
    <message>
        <source>is numbered %1; rounds are numbered 1, 2, ... in order</source>
        <translation>porte le numéro %1 ; les tours sont numérotés 1, 2, ... dans l&apos;ordre</translation>
    </message>
    <message>
        <source>the state must be open, revealed or closed</source>
        <translation>l&apos;état doit être open, revealed ou closed</translation>
    </message>
    <message>
        <source>is open, but only the last round may be open</source>
        <translation>est ouvert, mais seul le dernier tour peut être ouvert</translation>
    </message>
    <message>
        <source>the state must be level, na or unknown</source>
        <translation>l&apos;état doit être level, na ou unknown</translation>
    </message>
    <message>
        <source>criterion %1 of use case %2 is scored twice</source>
        <translation>le critère %1 du cas d&apos;utilisation %2 est noté deux fois</translation>
    </message>
</context>
<context>
    <name>WorkshopPlanner</name>
    <message>
        <source>Both copies are revision %1 with different content.</source>
        <translation>Les deux copies sont la révision %1, avec un contenu différent.</translation>
    </message>
    <message>
        <source>A workshop here is already named &quot;%1&quot;; this one will be named &quot;%2&quot;.</source>
        <translation>Un atelier d&apos;ici s&apos;appelle déjà « %1 » ; celui-ci s&apos;appellera « %2 ».</translation>
    </message>
    <message>
        <source>%1, round %2 of %3</source>
        <translation>%1, tour %2 de %3</translation>
    </message>
    <message>
        <source>The copies belong to different workshops, rounds or assessors.</source>
        <translation>Les copies appartiennent à des ateliers, tours ou évaluateurs différents.</translation>
    </message>
    <message>
        <source>These are your own scores; a copy from elsewhere never replaces them unless you choose it.</source>
        <translation>Ce sont vos propres notes ; une copie venue d&apos;ailleurs ne les remplace jamais, sauf si vous la choisissez.</translation>
    </message>
</context>
<context>
    <name>WorkshopRepository</name>
    <message>
        <source>A workshop needs a name of 1 to 200 characters.</source>
        <translation>Un atelier doit avoir un nom de 1 à 200 caractères.</translation>
    </message>
    <message>
        <source>A workshop compares 2 to 12 use cases; %1 were chosen.</source>
        <translation>Un atelier compare de 2 à 12 cas d&apos;utilisation ; %1 ont été choisis.</translation>
    </message>
    <message>
        <source>The use case %1 is chosen twice for the workshop.</source>
        <translation>Le cas d&apos;utilisation %1 est choisi deux fois pour l&apos;atelier.</translation>
    </message>
    <message>
        <source>The workshop has too many weight sets or rounds.</source>
        <translation>L&apos;atelier a trop de jeux de poids ou de tours.</translation>
    </message>
    <message>
        <source>There is already a workshop named &quot;%1&quot;.</source>
        <translation>Il existe déjà un atelier nommé « %1 ».</translation>
    </message>
    <message>
        <source>Saving the workshop</source>
        <translation>Enregistrement de l&apos;atelier</translation>
    </message>
    <message>
        <source>Reading workshops</source>
        <translation>Lecture des ateliers</translation>
    </message>
    <message>
        <source>A stored workshop cannot be read.</source>
        <translation>Un atelier stocké ne peut pas être lu.</translation>
    </message>
    <message>
        <source>There is no workshop %1.</source>
        <translation>Il n&apos;existe pas d&apos;atelier %1.</translation>
    </message>
    <message>
        <source>Deleting the workshop</source>
        <translation>Suppression de l&apos;atelier</translation>
    </message>
    <message>
        <source>There are too many workshops named &quot;%1&quot;.</source>
        <translation>Il y a trop d&apos;ateliers nommés « %1 ».</translation>
    </message>
</context>
<context>
    <name>WorkshopRounds</name>
    <message>
        <source>Round %1 of the workshop &quot;%2&quot; is still open; reveal it before opening the next round.</source>
        <translation>Le tour %1 de l&apos;atelier « %2 » est encore ouvert ; révélez-le avant d&apos;ouvrir le tour suivant.</translation>
    </message>
    <message>
        <source>A workshop has at most %1 rounds.</source>
        <translation>Un atelier compte au plus %1 tours.</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; has no round yet; open round 1 first.</source>
        <translation>L&apos;atelier « %1 » n&apos;a pas encore de tour ; ouvrez d&apos;abord le tour 1.</translation>
    </message>
    <message>
        <source>Round %1 of the workshop &quot;%2&quot; is %3 already.</source>
        <translation>Le tour %1 de l&apos;atelier « %2 » est déjà %3.</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>unscored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>The workshop &quot;%1&quot; has no open round; the facilitator opens one.</source>
        <translation>L&apos;atelier « %1 » n&apos;a aucun tour ouvert ; c&apos;est l&apos;animateur qui en ouvre un.</translation>
    </message>
    <message>
        <source>%1 of %2 changes from %3 in round %4 to %5: give a reason for the change.</source>
        <translation>%1 de %2 passe de %3 au tour %4 à %5 : justifiez ce changement.</translation>
    </message>
</context>
<context>
    <name>WorkshopScope</name>
    <message>
        <source>The rubric version of the workshop &quot;%1&quot; is not in this repository.</source>
        <translation>La version de la grille d&apos;évaluation de l&apos;atelier « %1 » n&apos;est pas dans ce référentiel.</translation>
    </message>
</context>
<context>
    <name>ZipWriter</name>
    <message>
        <source>The archive cannot be written: its date is out of range.</source>
        <translation>L&apos;archive ne peut pas être écrite : sa date est hors limites.</translation>
    </message>
    <message>
        <source>The archive cannot be written: the file name %1 is not allowed.</source>
        <translation>L&apos;archive ne peut pas être écrite : le nom de fichier %1 n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>The archive cannot be written: the file name %1 is used twice.</source>
        <translation>L&apos;archive ne peut pas être écrite : le nom de fichier %1 est utilisé deux fois.</translation>
    </message>
    <message>
        <source>The archive cannot be written.</source>
        <translation>L&apos;archive ne peut pas être écrite.</translation>
    </message>
</context>
<context>
    <name>casebook::DefaultRubric</name>
    <message>
        <source>Interoperability and standardization (Resolution 98)</source>
        <translation>Interopérabilité et normalisation (Résolution 98)</translation>
    </message>
    <message>
        <source>Default Casebook rubric: 12 criteria in 4 dimensions, scored 0 to 4. Weights add up to 100. Built from ISO/IEC 21823-1, LCIM, EIF, GWAC, NIST CPS and IES-City, CAMSS and ITU-T Y.4903/Y.4904.</source>
        <translation>Grille d&apos;évaluation par défaut de Casebook : 12 critères répartis en 4 dimensions, notés de 0 à 4. Les poids totalisent 100. Élaborée à partir de l&apos;ISO/IEC 21823-1, du LCIM, de l&apos;EIF, du GWAC, du NIST CPS et IES-City, de CAMSS et de l&apos;UIT-T Y.4903/Y.4904.</translation>
    </message>
    <message>
        <source>Absent or unknown</source>
        <translation>Absent ou inconnu</translation>
    </message>
    <message>
        <source>Ad hoc or proprietary</source>
        <translation>Ad hoc ou propriétaire</translation>
    </message>
    <message>
        <source>Documented or partial</source>
        <translation>Documenté ou partiel</translation>
    </message>
    <message>
        <source>Standards-based</source>
        <translation>Fondé sur des normes</translation>
    </message>
    <message>
        <source>Standards-based and verified, certified or proven at scale</source>
        <translation>Fondé sur des normes et vérifié, certifié ou éprouvé à grande échelle</translation>
    </message>
    <message>
        <source>No security measures (security red flag)</source>
        <translation>Aucune mesure de sécurité (signal d&apos;alerte de sécurité)</translation>
    </message>
    <message>
        <source>No global identification (identifiers at most unique within one vendor)</source>
        <translation>Pas d&apos;identification mondiale (identifiants uniques tout au plus chez un même fournisseur)</translation>
    </message>
    <message>
        <source>Technical and data interoperability</source>
        <translation>Interopérabilité technique et des données</translation>
    </message>
    <message>
        <source>Transport and connectivity</source>
        <translation>Transport et connectivité</translation>
    </message>
    <message>
        <source>Nothing is known, or a closed link from one vendor</source>
        <translation>Rien n&apos;est connu, ou une liaison fermée d&apos;un seul fournisseur</translation>
    </message>
    <message>
        <source>A proprietary protocol that only the vendor documents</source>
        <translation>Un protocole propriétaire que seul le fournisseur documente</translation>
    </message>
    <message>
        <source>Open protocols outside the SDOs, or an SDO standard with private extensions</source>
        <translation>Des protocoles ouverts hors des ODN, ou une norme d&apos;ODN avec des extensions privées</translation>
    </message>
    <message>
        <source>Standard bearers and protocols from SDOs, end to end</source>
        <translation>Des supports et protocoles normalisés par des ODN, de bout en bout</translation>
    </message>
    <message>
        <source>Level 3, with conformance-tested devices and at least two interchangeable bearers or vendors shown to work</source>
        <translation>Niveau 3, avec des dispositifs testés pour leur conformité et au moins deux supports ou fournisseurs interchangeables dont le fonctionnement est démontré</translation>
    </message>
    <message>
        <source>Syntax: data formats and APIs</source>
        <translation>Syntaxe : formats de données et API</translation>
    </message>
    <message>
        <source>Payloads are undocumented or proprietary binary</source>
        <translation>Charges utiles non documentées ou binaires propriétaires</translation>
    </message>
    <message>
        <source>The API or format is documented but proprietary</source>
        <translation>L&apos;API ou le format est documenté mais propriétaire</translation>
    </message>
    <message>
        <source>Open generic formats, but no published schema or API contract</source>
        <translation>Des formats génériques ouverts, mais aucun schéma ni contrat d&apos;API publié</translation>
    </message>
    <message>
        <source>A published, standardized API or serialisation</source>
        <translation>Une API ou une sérialisation publiée et normalisée</translation>
    </message>
    <message>
        <source>Level 3, with conformance tests or several independent implementations</source>
        <translation>Niveau 3, avec des tests de conformité ou plusieurs mises en œuvre indépendantes</translation>
    </message>
    <message>
        <source>Semantics: information models</source>
        <translation>Sémantique : modèles d&apos;information</translation>
    </message>
    <message>
        <source>Meaning lives only in the code</source>
        <translation>Le sens n&apos;existe que dans le code</translation>
    </message>
    <message>
        <source>Only a local data dictionary</source>
        <translation>Seulement un dictionnaire de données local</translation>
    </message>
    <message>
        <source>The project publishes its data model, but nobody else uses it</source>
        <translation>Le projet publie son modèle de données, mais personne d&apos;autre ne l&apos;utilise</translation>
    </message>
    <message>
        <source>A shared domain model or ontology from an SDO or community</source>
        <translation>Un modèle de domaine ou une ontologie partagés, issus d&apos;un ODN ou d&apos;une communauté</translation>
    </message>
    <message>
        <source>Level 3, with a formal ontology and validated mappings to other models</source>
        <translation>Niveau 3, avec une ontologie formelle et des correspondances validées vers d&apos;autres modèles</translation>
    </message>
    <message>
        <source>Behaviour and processes</source>
        <translation>Comportement et processus</translation>
    </message>
    <message>
        <source>The interactions are not described</source>
        <translation>Les interactions ne sont pas décrites</translation>
    </message>
    <message>
        <source>Described in prose only</source>
        <translation>Décrites en prose uniquement</translation>
    </message>
    <message>
        <source>Scenarios and steps are documented but not validated</source>
        <translation>Scénarios et étapes documentés mais non validés</translation>
    </message>
    <message>
        <source>Behaviour follows standard profiles and is tested end to end in one deployment</source>
        <translation>Le comportement suit des profils normalisés et est testé de bout en bout dans un déploiement</translation>
    </message>
    <message>
        <source>Validated in deployments with several vendors or sites, with test cases</source>
        <translation>Validé dans des déploiements avec plusieurs fournisseurs ou sites, avec des cas de test</translation>
    </message>
    <message>
        <source>Identification and discovery</source>
        <translation>Identification et découverte</translation>
    </message>
    <message>
        <source>Only local or ad hoc identifiers</source>
        <translation>Seulement des identifiants locaux ou ad hoc</translation>
    </message>
    <message>
        <source>Identifiers unique within one vendor</source>
        <translation>Identifiants uniques chez un même fournisseur</translation>
    </message>
    <message>
        <source>Globally unique identifiers that are not registered or resolvable</source>
        <translation>Identifiants uniques au niveau mondial, mais non enregistrés ni résolubles</translation>
    </message>
    <message>
        <source>A standardized, resolvable global scheme for devices and applications</source>
        <translation>Un schéma mondial normalisé et résoluble pour les dispositifs et les applications</translation>
    </message>
    <message>
        <source>Level 3, plus a discovery service and mapping of identifiers between systems</source>
        <translation>Niveau 3, plus un service de découverte et la mise en correspondance des identifiants entre systèmes</translation>
    </message>
    <message>
        <source>Trust and lifecycle</source>
        <translation>Confiance et cycle de vie</translation>
    </message>
    <message>
        <source>Security and privacy by design</source>
        <translation>Sécurité et confidentialité dès la conception</translation>
    </message>
    <message>
        <source>Not addressed, or unknown</source>
        <translation>Non traité, ou inconnu</translation>
    </message>
    <message>
        <source>Some ad hoc measures, no threat analysis</source>
        <translation>Quelques mesures ad hoc, sans analyse des menaces</translation>
    </message>
    <message>
        <source>Threats and privacy assessed and controls documented</source>
        <translation>Menaces et confidentialité évaluées, contrôles documentés</translation>
    </message>
    <message>
        <source>Controls mapped to a recognised security baseline; privacy by design documented</source>
        <translation>Contrôles mis en correspondance avec un référentiel de sécurité reconnu ; confidentialité dès la conception documentée</translation>
    </message>
    <message>
        <source>Independently certified or audited, with a working incident and update process</source>
        <translation>Certifié ou audité de façon indépendante, avec un processus de gestion des incidents et des mises à jour opérationnel</translation>
    </message>
    <message>
        <source>Device onboarding and lifecycle</source>
        <translation>Intégration et cycle de vie des dispositifs</translation>
    </message>
    <message>
        <source>Not documented</source>
        <translation>Non documenté</translation>
    </message>
    <message>
        <source>Each device provisioned by hand with vendor tools</source>
        <translation>Chaque dispositif est provisionné à la main avec les outils du fournisseur</translation>
    </message>
    <message>
        <source>Scripted or bulk provisioning, specific to one vendor</source>
        <translation>Provisionnement scripté ou en masse, propre à un fournisseur</translation>
    </message>
    <message>
        <source>Standardized bootstrapping and onboarding, with remote update</source>
        <translation>Amorçage et intégration normalisés, avec mise à jour à distance</translation>
    </message>
    <message>
        <source>Zero-touch onboarding across vendors, with secure update and decommissioning shown</source>
        <translation>Intégration sans intervention entre fournisseurs, avec mise à jour sécurisée et mise hors service démontrées</translation>
    </message>
    <message>
        <source>Standardization and governance</source>
        <translation>Normalisation et gouvernance</translation>
    </message>
    <message>
        <source>Openness and maturity of the standards used</source>
        <translation>Ouverture et maturité des normes utilisées</translation>
    </message>
    <message>
        <source>Entirely proprietary</source>
        <translation>Entièrement propriétaire</translation>
    </message>
    <message>
        <source>De facto or consortium specifications with restricted access</source>
        <translation>Spécifications de fait ou de consortium à accès restreint</translation>
    </message>
    <message>
        <source>Openly available consortium or open-source specifications</source>
        <translation>Spécifications de consortium ou open source librement accessibles</translation>
    </message>
    <message>
        <source>International SDO standards at most pivotal points of interoperability</source>
        <translation>Normes internationales d&apos;ODN à la plupart des points pivots de l&apos;interopérabilité</translation>
    </message>
    <message>
        <source>International standards at every pivotal point, with active conformance programmes</source>
        <translation>Normes internationales à chaque point pivot, avec des programmes de conformité actifs</translation>
    </message>
    <message>
        <source>Policy, legal and organisational interoperability</source>
        <translation>Interopérabilité politique, juridique et organisationnelle</translation>
    </message>
    <message>
        <source>No agreements</source>
        <translation>Aucun accord</translation>
    </message>
    <message>
        <source>Informal arrangements only</source>
        <translation>Arrangements informels uniquement</translation>
    </message>
    <message>
        <source>Bilateral contracts or data-sharing agreements</source>
        <translation>Contrats bilatéraux ou accords de partage de données</translation>
    </message>
    <message>
        <source>Formal governance, a data-sharing framework and documented regulatory compliance</source>
        <translation>Gouvernance formelle, cadre de partage des données et conformité réglementaire documentée</translation>
    </message>
    <message>
        <source>A published, reusable framework governed by several stakeholders</source>
        <translation>Un cadre publié et réutilisable, gouverné par plusieurs parties prenantes</translation>
    </message>
    <message>
        <source>Contribution to standardization (gaps found)</source>
        <translation>Contribution à la normalisation (lacunes relevées)</translation>
    </message>
    <message>
        <source>No gap analysis</source>
        <translation>Aucune analyse des lacunes</translation>
    </message>
    <message>
        <source>Gaps mentioned in passing</source>
        <translation>Lacunes mentionnées en passant</translation>
    </message>
    <message>
        <source>Gaps documented per facet or layer, naming the standards concerned</source>
        <translation>Lacunes documentées par facette ou par couche, en désignant les normes concernées</translation>
    </message>
    <message>
        <source>Gaps mapped to a candidate SDO and Question, with proposed requirements</source>
        <translation>Lacunes associées à une ODN et une Question candidates, avec des exigences proposées</translation>
    </message>
    <message>
        <source>A contribution or liaison has been submitted, or a work item started</source>
        <translation>Une contribution ou une note de liaison a été soumise, ou un sujet d&apos;étude a été lancé</translation>
    </message>
    <message>
        <source>Impact and inclusiveness</source>
        <translation>Impact et inclusivité</translation>
    </message>
    <message>
        <source>Measured impact (KPIs, SDG targets)</source>
        <translation>Impact mesuré (ICP, cibles des ODD)</translation>
    </message>
    <message>
        <source>No KPIs</source>
        <translation>Aucun ICP</translation>
    </message>
    <message>
        <source>Only qualitative claims</source>
        <translation>Seulement des affirmations qualitatives</translation>
    </message>
    <message>
        <source>KPIs defined, with targets</source>
        <translation>ICP définis, avec des cibles</translation>
    </message>
    <message>
        <source>Baselines and measured values of the KPIs, mapped to a published KPI framework: U4SSC KPI codes (cities), SDG targets or indicators, or a recognised sector or organisational KPI set</source>
        <translation>Valeurs de référence et valeurs mesurées des ICP, mises en correspondance avec un cadre d&apos;ICP publié : codes d&apos;ICP U4SSC (villes), cibles ou indicateurs des ODD, ou un ensemble d&apos;ICP sectoriel ou organisationnel reconnu</translation>
    </message>
    <message>
        <source>Level 3, plus results verified independently or a sustained time series of measured values</source>
        <translation>Niveau 3, plus des résultats vérifiés de façon indépendante ou une série chronologique suivie de valeurs mesurées</translation>
    </message>
    <message>
        <source>Replicability and inclusiveness across regions</source>
        <translation>Reproductibilité et inclusivité entre régions</translation>
    </message>
    <message>
        <source>A one-off, tied to its site</source>
        <translation>Un cas unique, lié à son site</translation>
    </message>
    <message>
        <source>Said to be replicable, but needs high-end infrastructure</source>
        <translation>Présenté comme reproductible, mais exige une infrastructure haut de gamme</translation>
    </message>
    <message>
        <source>Replicable components documented; works with modest infrastructure</source>
        <translation>Composants reproductibles documentés ; fonctionne avec une infrastructure modeste</translation>
    </message>
    <message>
        <source>Replicated in more than one city or country</source>
        <translation>Reproduit dans plus d&apos;une ville ou d&apos;un pays</translation>
    </message>
    <message>
        <source>Replicated across regions at different levels of development, with their constraints addressed</source>
        <translation>Reproduit dans des régions de niveaux de développement différents, en tenant compte de leurs contraintes</translation>
    </message>
</context>
<context>
    <name>casebook::Rubric</name>
    <message>
        <source>The rubric &quot;%1&quot; has no criterion %2.</source>
        <translation>La grille d&apos;évaluation « %1 » n&apos;a pas de critère %2.</translation>
    </message>
    <message>
        <source>%1: level %2 is outside the scale %3 to %4.</source>
        <translation>%1 : le niveau %2 est hors de l&apos;échelle %3 à %4.</translation>
    </message>
</context>
<context>
    <name>casebook::Vocabulary</name>
    <message>
        <source>Industrial IoT</source>
        <translation>IoT industriel</translation>
    </message>
    <message>
        <source>Internet of vehicles</source>
        <translation>Internet des véhicules</translation>
    </message>
    <message>
        <source>Smart oceans and seas</source>
        <translation>Océans et mers intelligents</translation>
    </message>
    <message>
        <source>Smart supply chain</source>
        <translation>Chaîne d&apos;approvisionnement intelligente</translation>
    </message>
    <message>
        <source>Smart home</source>
        <translation>Maison intelligente</translation>
    </message>
    <message>
        <source>Smart city services</source>
        <translation>Services de ville intelligente</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>Transports</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Agriculture</source>
        <translation>Agriculture</translation>
    </message>
    <message>
        <source>Water</source>
        <translation>Eau</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Bâtiments</translation>
    </message>
    <message>
        <source>Public safety</source>
        <translation>Sécurité publique</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Disaster management</source>
        <translation>Gestion des catastrophes</translation>
    </message>
    <message>
        <source>Early warning, monitoring and response for natural and man-made disasters. ITU Plenipotentiary Resolution 197 names disaster management among the fields where IoT is expected to play a fundamental role, and ITU-T Study Group 20 studies IoT-based disaster-monitoring systems.</source>
        <translation>Alerte précoce, surveillance et intervention en cas de catastrophe naturelle ou d&apos;origine humaine. La Résolution 197 de la Conférence de plénipotentiaires de l&apos;UIT cite la gestion des catastrophes parmi les domaines où l&apos;IoT devrait jouer un rôle fondamental, et la Commission d&apos;études 20 de l&apos;UIT-T étudie les systèmes de surveillance des catastrophes fondés sur l&apos;IoT.</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>No poverty</source>
        <translation>Pas de pauvreté</translation>
    </message>
    <message>
        <source>Zero hunger</source>
        <translation>Faim « zéro »</translation>
    </message>
    <message>
        <source>Good health and well-being</source>
        <translation>Bonne santé et bien-être</translation>
    </message>
    <message>
        <source>Quality education</source>
        <translation>Éducation de qualité</translation>
    </message>
    <message>
        <source>Gender equality</source>
        <translation>Égalité entre les sexes</translation>
    </message>
    <message>
        <source>Clean water and sanitation</source>
        <translation>Eau propre et assainissement</translation>
    </message>
    <message>
        <source>Affordable and clean energy</source>
        <translation>Énergie propre et d&apos;un coût abordable</translation>
    </message>
    <message>
        <source>Decent work and economic growth</source>
        <translation>Travail décent et croissance économique</translation>
    </message>
    <message>
        <source>Industry, innovation and infrastructure</source>
        <translation>Industrie, innovation et infrastructure</translation>
    </message>
    <message>
        <source>Reduced inequalities</source>
        <translation>Inégalités réduites</translation>
    </message>
    <message>
        <source>Sustainable cities and communities</source>
        <translation>Villes et communautés durables</translation>
    </message>
    <message>
        <source>Responsible consumption and production</source>
        <translation>Consommation et production responsables</translation>
    </message>
    <message>
        <source>Climate action</source>
        <translation>Mesures relatives à la lutte contre les changements climatiques</translation>
    </message>
    <message>
        <source>Life below water</source>
        <translation>Vie aquatique</translation>
    </message>
    <message>
        <source>Life on land</source>
        <translation>Vie terrestre</translation>
    </message>
    <message>
        <source>Peace, justice and strong institutions</source>
        <translation>Paix, justice et institutions efficaces</translation>
    </message>
    <message>
        <source>Partnerships for the goals</source>
        <translation>Partenariats pour la réalisation des objectifs</translation>
    </message>
    <message>
        <source>The SDGs named in the proposal of the Asia-Pacific Telecommunity (APT) to the World Telecommunication Standardization Assembly (WTSA) for revising ITU-T Resolution 98. This is proposal text, not text the Assembly adopted; check the Resolution as adopted before quoting it.</source>
        <translation>Les ODD cités dans la proposition de la Télécommunauté Asie-Pacifique (APT) à l&apos;Assemblée mondiale de normalisation des télécommunications (AMNT) pour la révision de la Résolution 98 de l&apos;UIT-T. Il s&apos;agit d&apos;un texte de proposition, non d&apos;un texte adopté par l&apos;Assemblée ; vérifiez la Résolution telle qu&apos;adoptée avant de la citer.</translation>
    </message>
    <message>
        <source>Africa</source>
        <translation>Afrique</translation>
    </message>
    <message>
        <source>ITU-D region: Africa. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>Région de l&apos;UIT-D : Afrique. L&apos;une des six régions du Secteur du développement des télécommunications de l&apos;UIT (UIT-D). L&apos;UIT regroupe aussi ses États Membres dans les régions administratives A à E (pour les élections au Conseil et au Comité du Règlement des radiocommunications), et le Règlement des radiocommunications divise le monde en Régions 1 à 3 de l&apos;UIT-R (pour l&apos;attribution des fréquences) ; ce sont des regroupements différents.</translation>
    </message>
    <message>
        <source>Americas</source>
        <translation>Amériques</translation>
    </message>
    <message>
        <source>ITU-D region: Americas. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>Région de l&apos;UIT-D : Amériques. L&apos;une des six régions du Secteur du développement des télécommunications de l&apos;UIT (UIT-D). L&apos;UIT regroupe aussi ses États Membres dans les régions administratives A à E (pour les élections au Conseil et au Comité du Règlement des radiocommunications), et le Règlement des radiocommunications divise le monde en Régions 1 à 3 de l&apos;UIT-R (pour l&apos;attribution des fréquences) ; ce sont des regroupements différents.</translation>
    </message>
    <message>
        <source>Arab States</source>
        <translation>États arabes</translation>
    </message>
    <message>
        <source>ITU-D region: Arab States. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>Région de l&apos;UIT-D : États arabes. L&apos;une des six régions du Secteur du développement des télécommunications de l&apos;UIT (UIT-D). L&apos;UIT regroupe aussi ses États Membres dans les régions administratives A à E (pour les élections au Conseil et au Comité du Règlement des radiocommunications), et le Règlement des radiocommunications divise le monde en Régions 1 à 3 de l&apos;UIT-R (pour l&apos;attribution des fréquences) ; ce sont des regroupements différents.</translation>
    </message>
    <message>
        <source>Asia and the Pacific</source>
        <translation>Asie-Pacifique</translation>
    </message>
    <message>
        <source>ITU-D region: Asia and the Pacific. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>Région de l&apos;UIT-D : Asie-Pacifique. L&apos;une des six régions du Secteur du développement des télécommunications de l&apos;UIT (UIT-D). L&apos;UIT regroupe aussi ses États Membres dans les régions administratives A à E (pour les élections au Conseil et au Comité du Règlement des radiocommunications), et le Règlement des radiocommunications divise le monde en Régions 1 à 3 de l&apos;UIT-R (pour l&apos;attribution des fréquences) ; ce sont des regroupements différents.</translation>
    </message>
    <message>
        <source>Commonwealth of Independent States</source>
        <translation>Communauté des États indépendants</translation>
    </message>
    <message>
        <source>ITU-D region: Commonwealth of Independent States. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>Région de l&apos;UIT-D : Communauté des États indépendants. L&apos;une des six régions du Secteur du développement des télécommunications de l&apos;UIT (UIT-D). L&apos;UIT regroupe aussi ses États Membres dans les régions administratives A à E (pour les élections au Conseil et au Comité du Règlement des radiocommunications), et le Règlement des radiocommunications divise le monde en Régions 1 à 3 de l&apos;UIT-R (pour l&apos;attribution des fréquences) ; ce sont des regroupements différents.</translation>
    </message>
    <message>
        <source>Europe</source>
        <translation>Europe</translation>
    </message>
    <message>
        <source>ITU-D region: Europe. One of the six regions of the ITU Telecommunication Development Sector (ITU-D). ITU also groups its Member States in the administrative regions A to E (for elections to the Council and the Radio Regulations Board) and the Radio Regulations divide the world into ITU-R Regions 1 to 3 (for frequency allocations); those are different groupings.</source>
        <translation>Région de l&apos;UIT-D : Europe. L&apos;une des six régions du Secteur du développement des télécommunications de l&apos;UIT (UIT-D). L&apos;UIT regroupe aussi ses États Membres dans les régions administratives A à E (pour les élections au Conseil et au Comité du Règlement des radiocommunications), et le Règlement des radiocommunications divise le monde en Régions 1 à 3 de l&apos;UIT-R (pour l&apos;attribution des fréquences) ; ce sont des regroupements différents.</translation>
    </message>
    <message>
        <source>Least developed country</source>
        <translation>Pays le moins avancé</translation>
    </message>
    <message>
        <source>Landlocked developing country</source>
        <translation>Pays en développement sans littoral</translation>
    </message>
    <message>
        <source>Small island developing state</source>
        <translation>Petit État insulaire en développement</translation>
    </message>
    <message>
        <source>Developing country</source>
        <translation>Pays en développement</translation>
    </message>
    <message>
        <source>Economy in transition</source>
        <translation>Pays à économie en transition</translation>
    </message>
    <message>
        <source>Developed country</source>
        <translation>Pays développé</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>Générique</translation>
    </message>
    <message>
        <source>Not tied to any particular region, country or place: the use case applies wherever its actors exist (IEC 62559-2, &apos;generic, regional or national relation&apos;).</source>
        <translation>Non lié à une région, un pays ou un lieu particulier : le cas d&apos;utilisation s&apos;applique partout où ses acteurs existent (CEI 62559-2, « relation générique, régionale ou nationale »).</translation>
    </message>
    <message>
        <source>Regional</source>
        <translation>Régionale</translation>
    </message>
    <message>
        <source>Tied to a region above the national level, such as a group of countries that share rules, a market or infrastructure (for example European or East African).</source>
        <translation>Lié à une région au-dessus du niveau national, comme un groupe de pays partageant des règles, un marché ou des infrastructures (par exemple européen ou est-africain).</translation>
    </message>
    <message>
        <source>National</source>
        <translation>Nationale</translation>
    </message>
    <message>
        <source>Tied to the regulation, market or infrastructure of one country.</source>
        <translation>Lié à la réglementation, au marché ou aux infrastructures d&apos;un pays.</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Locale</translation>
    </message>
    <message>
        <source>Tied to one place below the national level: a city, a municipality or a group of them, a sub-national region, a utility or a site.</source>
        <translation>Lié à un lieu sous le niveau national : une ville, une municipalité ou un groupe de municipalités, une région infranationale, un service public ou un site.</translation>
    </message>
    <message>
        <source>Concept or study</source>
        <translation>Concept ou étude</translation>
    </message>
    <message>
        <source>Lab prototype</source>
        <translation>Prototype de laboratoire</translation>
    </message>
    <message>
        <source>Field pilot</source>
        <translation>Pilote sur le terrain</translation>
    </message>
    <message>
        <source>In operation at one site</source>
        <translation>En exploitation sur un site</translation>
    </message>
    <message>
        <source>Scaled to several sites or regions</source>
        <translation>Étendu à plusieurs sites ou régions</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>For comment</source>
        <translation>Pour commentaires</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Remplacé</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>2G/3G/4G cellular</source>
        <translation>Cellulaire 2G/3G/4G</translation>
    </message>
    <message>
        <source>5G</source>
        <translation>5G</translation>
    </message>
    <message>
        <source>NB-IoT</source>
        <translation>NB-IoT</translation>
    </message>
    <message>
        <source>LTE-M</source>
        <translation>LTE-M</translation>
    </message>
    <message>
        <source>LoRaWAN</source>
        <translation>LoRaWAN</translation>
    </message>
    <message>
        <source>Sigfox</source>
        <translation>Sigfox</translation>
    </message>
    <message>
        <source>IEEE 802.15.4 / 6LoWPAN</source>
        <translation>IEEE 802.15.4 / 6LoWPAN</translation>
    </message>
    <message>
        <source>Zigbee</source>
        <translation>Zigbee</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Bluetooth LE</source>
        <translation>Bluetooth LE</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Power-line communication</source>
        <translation>Courants porteurs en ligne</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>Satellite</translation>
    </message>
    <message>
        <source>DSRC / ITS-G5</source>
        <translation>DSRC / ITS-G5</translation>
    </message>
    <message>
        <source>C-V2X</source>
        <translation>C-V2X</translation>
    </message>
    <message>
        <source>Wired Ethernet / fieldbus</source>
        <translation>Ethernet filaire / bus de terrain</translation>
    </message>
    <message>
        <source>NFC</source>
        <translation>NFC</translation>
    </message>
    <message>
        <source>Near-field communication (ISO/IEC 18092 and the NFC Forum specifications): contact-range links and tags.</source>
        <translation>Communication en champ proche (ISO/IEC 18092 et spécifications du NFC Forum) : liaisons et étiquettes à portée de contact.</translation>
    </message>
    <message>
        <source>RFID</source>
        <translation>RFID</translation>
    </message>
    <message>
        <source>Radio-frequency identification: passive or active tags read by radio, e.g. ISO/IEC 18000 air interfaces and GS1 EPC tags.</source>
        <translation>Identification par radiofréquence : étiquettes passives ou actives lues par radio, p. ex. interfaces radio ISO/IEC 18000 et étiquettes EPC de GS1.</translation>
    </message>
    <message>
        <source>manual per device</source>
        <translation>manuel, dispositif par dispositif</translation>
    </message>
    <message>
        <source>vendor-specific bulk provisioning</source>
        <translation>provisionnement en masse propre au fournisseur</translation>
    </message>
    <message>
        <source>LwM2M bootstrap</source>
        <translation>amorçage LwM2M</translation>
    </message>
    <message>
        <source>FIDO Device Onboard</source>
        <translation>FIDO Device Onboard</translation>
    </message>
    <message>
        <source>Matter commissioning</source>
        <translation>mise en service Matter</translation>
    </message>
    <message>
        <source>SIM-based</source>
        <translation>par carte SIM</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Syntactic</source>
        <translation>Syntaxique</translation>
    </message>
    <message>
        <source>Semantic</source>
        <translation>Sémantique</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>Comportementale</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Politique</translation>
    </message>
    <message>
        <source>ITU-T</source>
        <translation>UIT-T</translation>
    </message>
    <message>
        <source>ITU-R</source>
        <translation>UIT-R</translation>
    </message>
    <message>
        <source>ISO</source>
        <translation>ISO</translation>
    </message>
    <message>
        <source>IEC</source>
        <translation>CEI</translation>
    </message>
    <message>
        <source>ISO/IEC JTC 1</source>
        <translation>ISO/CEI JTC 1</translation>
    </message>
    <message>
        <source>IEEE</source>
        <translation>IEEE</translation>
    </message>
    <message>
        <source>ETSI</source>
        <translation>ETSI</translation>
    </message>
    <message>
        <source>oneM2M</source>
        <translation>oneM2M</translation>
    </message>
    <message>
        <source>3GPP</source>
        <translation>3GPP</translation>
    </message>
    <message>
        <source>IETF</source>
        <translation>IETF</translation>
    </message>
    <message>
        <source>W3C</source>
        <translation>W3C</translation>
    </message>
    <message>
        <source>OGC</source>
        <translation>OGC</translation>
    </message>
    <message>
        <source>GS1</source>
        <translation>GS1</translation>
    </message>
    <message>
        <source>OMA SpecWorks</source>
        <translation>OMA SpecWorks</translation>
    </message>
    <message>
        <source>OPC Foundation</source>
        <translation>OPC Foundation</translation>
    </message>
    <message>
        <source>Connectivity Standards Alliance</source>
        <translation>Connectivity Standards Alliance</translation>
    </message>
    <message>
        <source>LoRa Alliance</source>
        <translation>LoRa Alliance</translation>
    </message>
    <message>
        <source>OASC</source>
        <translation>OASC</translation>
    </message>
    <message>
        <source>FIWARE Foundation</source>
        <translation>FIWARE Foundation</translation>
    </message>
    <message>
        <source>ECHONET Consortium</source>
        <translation>ECHONET Consortium</translation>
    </message>
    <message>
        <source>IDSA</source>
        <translation>IDSA</translation>
    </message>
    <message>
        <source>International Data Spaces Association</source>
        <translation>International Data Spaces Association</translation>
    </message>
    <message>
        <source>IDTA</source>
        <translation>IDTA</translation>
    </message>
    <message>
        <source>Industrial Digital Twin Association (Asset Administration Shell)</source>
        <translation>Industrial Digital Twin Association (Asset Administration Shell)</translation>
    </message>
    <message>
        <source>SAE</source>
        <translation>SAE</translation>
    </message>
    <message>
        <source>SAE International</source>
        <translation>SAE International</translation>
    </message>
    <message>
        <source>HL7</source>
        <translation>HL7</translation>
    </message>
    <message>
        <source>Health Level Seven International</source>
        <translation>Health Level Seven International</translation>
    </message>
    <message>
        <source>IHE</source>
        <translation>IHE</translation>
    </message>
    <message>
        <source>Integrating the Healthcare Enterprise</source>
        <translation>Integrating the Healthcare Enterprise</translation>
    </message>
    <message>
        <source>CEN/CENELEC</source>
        <translation>CEN/CENELEC</translation>
    </message>
    <message>
        <source>European Committee for Standardization and European Committee for Electrotechnical Standardization</source>
        <translation>Comité européen de normalisation et Comité européen de normalisation électrotechnique</translation>
    </message>
    <message>
        <source>GSMA</source>
        <translation>GSMA</translation>
    </message>
    <message>
        <source>GSM Association</source>
        <translation>GSM Association</translation>
    </message>
    <message>
        <source>DLMS UA</source>
        <translation>DLMS UA</translation>
    </message>
    <message>
        <source>DLMS User Association</source>
        <translation>DLMS User Association</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Identifiée</translation>
    </message>
    <message>
        <source>Liaised</source>
        <translation>Liaison établie</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>Sujet d&apos;étude</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Includes</source>
        <translation>Inclut</translation>
    </message>
    <message>
        <source>Extends</source>
        <translation>Étend</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublon de</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>Connexe</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositifs</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Create: an object is created</source>
        <translation>Créer : un objet est créé</translation>
    </message>
    <message>
        <source>Get: information is read or requested</source>
        <translation>Obtenir : une information est lue ou demandée</translation>
    </message>
    <message>
        <source>Change: an object is modified</source>
        <translation>Modifier : un objet est modifié</translation>
    </message>
    <message>
        <source>Delete: an object is removed</source>
        <translation>Supprimer : un objet est retiré</translation>
    </message>
    <message>
        <source>Cancel: an activity is stopped</source>
        <translation>Annuler : une activité est arrêtée</translation>
    </message>
    <message>
        <source>Close: an activity or session ends</source>
        <translation>Clore : une activité ou une session prend fin</translation>
    </message>
    <message>
        <source>Execute: an action is carried out</source>
        <translation>Exécuter : une action est effectuée</translation>
    </message>
    <message>
        <source>Report: information is sent without a request</source>
        <translation>Rapporter : une information est envoyée sans demande</translation>
    </message>
    <message>
        <source>Timer: a step waits for a time or a period</source>
        <translation>Temporisation : une étape attend un moment ou une durée</translation>
    </message>
    <message>
        <source>Repeat: a group of steps runs again</source>
        <translation>Répéter : un groupe d&apos;étapes s&apos;exécute de nouveau</translation>
    </message>
</context>
<context>
    <name>casebook::ui::AttachmentListModel</name>
    <message>
        <source>%1
A program or script: Casebook asks before opening it.
SHA-256 %2</source>
        <translation>%1
Un programme ou un script : Casebook demande confirmation avant de l&apos;ouvrir.
SHA-256 %2</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2</source>
        <translation>%1
SHA-256 %2</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
</context>
<context>
    <name>casebook::ui::AttachmentsSection</name>
    <message>
        <source>Files attached to this use case:</source>
        <translation>Fichiers joints à ce cas d&apos;utilisation :</translation>
    </message>
    <message>
        <source>No attachments. Add contributions, diagrams or data files: each is stored once in the repository, whatever uses it.</source>
        <translation>Aucune pièce jointe. Ajoutez des contributions, des schémas ou des fichiers de données : chacun n&apos;est stocké qu&apos;une fois dans le référentiel, quel que soit le nombre de cas qui l&apos;utilisent.</translation>
    </message>
    <message>
        <source>Attachments can be added and opened once the use case is in a repository.</source>
        <translation>Les pièces jointes peuvent être ajoutées et ouvertes une fois le cas d&apos;utilisation enregistré dans un référentiel.</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add Files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Attach Files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the limit for an attachment.</source>
        <translation>%1 dépasse %2, la limite pour une pièce jointe.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>Open a Program?</source>
        <translation>Ouvrir un programme ?</translation>
    </message>
    <message>
        <source>“%1” is a program or script. Opening it may run it on this computer with your permissions.</source>
        <translation>« %1 » est un programme ou un script. L&apos;ouvrir peut l&apos;exécuter sur cet ordinateur avec vos droits.</translation>
    </message>
    <message>
        <source>Open it only if you trust where it came from.</source>
        <translation>Ne l&apos;ouvrez que si vous faites confiance à sa provenance.</translation>
    </message>
    <message>
        <source>A temporary folder to open the attachment in could not be created.</source>
        <translation>Impossible de créer un dossier temporaire où ouvrir la pièce jointe.</translation>
    </message>
    <message>
        <source>%1 could not be written to a temporary folder.</source>
        <translation>%1 n&apos;a pas pu être écrit dans un dossier temporaire.</translation>
    </message>
    <message>
        <source>No application on this computer could open %1.</source>
        <translation>Aucune application de cet ordinateur n&apos;a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Remove Attachments</source>
        <translation>Retirer des pièces jointes</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n attachment(s) from this use case?</source>
        <translation>
            <numerusform>Retirer %n pièce jointe de ce cas d&apos;utilisation ?</numerusform>
            <numerusform>Retirer %n pièces jointes de ce cas d&apos;utilisation ?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 adds files, %2 opens the selected one, %3 removes it</source>
        <translation>%1 ajoute des fichiers, %2 ouvre le fichier sélectionné, %3 le retire</translation>
    </message>
</context>
<context>
    <name>casebook::ui::BundleActions</name>
    <message>
        <source>casebook-%1.casebook</source>
        <translation>casebook-%1.casebook</translation>
    </message>
    <message>
        <source>The bundle was not written</source>
        <translation>Le paquet n&apos;a pas été écrit</translation>
    </message>
    <message>
        <source>It is larger than 20 MB, which many mail servers refuse.</source>
        <translation>Il dépasse 20 Mo, ce que de nombreux serveurs de messagerie refusent.</translation>
    </message>
    <message>
        <source>Casebook bundle: %1</source>
        <translation>Paquet Casebook : %1</translation>
    </message>
    <message>
        <source>Attach it to your email from the folder that opened.</source>
        <translation>Joignez-le à votre courriel depuis le dossier qui s&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation>Paquet écrit</translation>
    </message>
    <message>
        <source>This bundle cannot be imported</source>
        <translation>Ce paquet ne peut pas être importé</translation>
    </message>
    <message>
        <source>The import did not happen</source>
        <translation>L&apos;importation n&apos;a pas eu lieu</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>This repository already has everything in %1.</source>
        <translation>Ce référentiel contient déjà tout ce que contient %1.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>&amp;Bundle (.casebook)...</source>
        <translation>&amp;Paquet (.casebook)...</translation>
    </message>
    <message>
        <source>Share by &amp;Email...</source>
        <translation>Partager par &amp;courriel...</translation>
    </message>
    <message>
        <source>Save bundle</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <source>Casebook bundles (*.casebook)</source>
        <translation>Paquets Casebook (*.casebook)</translation>
    </message>
    <message>
        <source>%1 is ready: %2, %3.</source>
        <translation>%1 est prêt : %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) were left out (check “Include restricted use cases” to share them).</source>
        <translation>
            <numerusform>%n cas d&apos;utilisation restreint a été laissé de côté (cochez « Inclure les cas d&apos;utilisation restreints » pour le partager).</numerusform>
            <numerusform>%n cas d&apos;utilisation restreints ont été laissés de côté (cochez « Inclure les cas d&apos;utilisation restreints » pour les partager).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open bundle</source>
        <translation>Ouvrir un paquet</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Ce fichier ne peut pas être importé</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Comparing %1 with this repository…</source>
        <translation>Comparaison de %1 avec ce référentiel…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1. Nothing was lost: replaced versions are in each record&apos;s history, and File &gt; Take Back Last Import undoes the whole import.</source>
        <translation>%1. Rien n&apos;a été perdu : les versions remplacées figurent dans l&apos;historique de chaque enregistrement, et Fichier &gt; Annuler la dernière importation annule toute l&apos;importation.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChartView</name>
    <message>
        <source>Nothing to chart: no use case has a score.</source>
        <translation>Rien à représenter : aucun cas d&apos;utilisation n&apos;a de note.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChildTableDelegate</name>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Space ticks or unticks; Enter keeps the choice</source>
        <translation>Espace coche ou décoche ; Entrée conserve le choix</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChildTableEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove Rows</source>
        <translation>Supprimer les lignes</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>%1 adds a row, %2 removes the selected ones, %3 and %4 move one</source>
        <translation>%1 ajoute une ligne, %2 supprime les lignes sélectionnées, %3 et %4 déplacent une ligne</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ChildTableModel</name>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of the choices</source>
        <translation>« %1 » ne fait pas partie des choix</translation>
    </message>
    <message>
        <source>%1: %2 rows; the limit is %3</source>
        <translation>%1 : %2 lignes ; la limite est de %3</translation>
    </message>
    <message>
        <source>%1 row %2, %3: %4</source>
        <translation>%1 ligne %2, %3 : %4</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Press Space to switch between yes, unknown and no</source>
        <translation>Appuyez sur Espace pour passer de oui à inconnu et à non</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ColumnMappingModel</name>
    <message>
        <source>(no header)</source>
        <translation>(pas d&apos;en-tête)</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(laisser de côté)</translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation>(choisir un champ)</translation>
    </message>
    <message>
        <source>Another column already fills this field</source>
        <translation>Une autre colonne remplit déjà ce champ</translation>
    </message>
    <message>
        <source>Not mapped: choose a field or leave it out</source>
        <translation>Non associée : choisissez un champ ou laissez-la de côté</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Laissée de côté</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Choisie</translation>
    </message>
    <message>
        <source>Left out (no header)</source>
        <translation>Laissée de côté (pas d&apos;en-tête)</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>Reconnue</translation>
    </message>
    <message>
        <source>Column in the sheet</source>
        <translation>Colonne de la feuille</translation>
    </message>
    <message>
        <source>Casebook field</source>
        <translation>Champ Casebook</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CompareActions</name>
    <message>
        <source>&amp;Compare Use Cases...</source>
        <translation>&amp;Comparer des cas d&apos;utilisation...</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CompareChooser</name>
    <message>
        <source>Selected use cases</source>
        <translation>Cas d&apos;utilisation sélectionnés</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Vue enregistrée</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
    </message>
    <message>
        <source>&amp;Use cases:</source>
        <translation>&amp;Cas d&apos;utilisation :</translation>
    </message>
    <message>
        <source>Ru&amp;bric:</source>
        <translation>&amp;Grille d&apos;évaluation :</translation>
    </message>
    <message>
        <source>Tag, saved view or search</source>
        <translation>Étiquette, vue enregistrée ou recherche</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Selected in the catalogue: %1</source>
        <translation>Sélectionnés dans le catalogue : %1</translation>
    </message>
    <message>
        <source>Choose a tag, a saved view or a search first.</source>
        <translation>Choisissez d&apos;abord une étiquette, une vue enregistrée ou une recherche.</translation>
    </message>
    <message>
        <source>Where the 2 to 12 use cases to compare come from</source>
        <translation>D&apos;où viennent les 2 à 12 cas d&apos;utilisation à comparer</translation>
    </message>
    <message>
        <source>The tag, saved view or search whose use cases are compared</source>
        <translation>L&apos;étiquette, la vue enregistrée ou la recherche dont les cas d&apos;utilisation sont comparés</translation>
    </message>
    <message>
        <source>The rubric the use cases are compared by: %1</source>
        <translation>La grille d&apos;évaluation selon laquelle les cas d&apos;utilisation sont comparés : %1</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CompareWindow</name>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Index Bars</source>
        <translation>Barres d&apos;indice</translation>
    </message>
    <message>
        <source>Heat Map</source>
        <translation>Carte thermique</translation>
    </message>
    <message>
        <source>Radar</source>
        <translation>Radar</translation>
    </message>
    <message>
        <source>Field Matrix</source>
        <translation>Matrice des champs</translation>
    </message>
    <message>
        <source>Disagreement First</source>
        <translation>Désaccords d&apos;abord</translation>
    </message>
    <message>
        <source>Compare Use Cases</source>
        <translation>Comparer des cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>Use Cases</source>
        <translation>Cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>What-If Weights</source>
        <translation>Poids hypothétiques</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>&amp;Export Chart...</source>
        <translation>&amp;Exporter le graphique...</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>Leave Presentation</source>
        <translation>Quitter la présentation</translation>
    </message>
    <message>
        <source>Reveal Scores</source>
        <translation>Révéler les notes</translation>
    </message>
    <message>
        <source>Next View</source>
        <translation>Vue suivante</translation>
    </message>
    <message>
        <source>Previous View</source>
        <translation>Vue précédente</translation>
    </message>
    <message>
        <source>Next Use Case</source>
        <translation>Cas d&apos;utilisation suivant</translation>
    </message>
    <message>
        <source>Previous Use Case</source>
        <translation>Cas d&apos;utilisation précédent</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Comparer</translation>
    </message>
    <message>
        <source>Save &amp;Workshop...</source>
        <translation>Enregistrer l&apos;&amp;atelier...</translation>
    </message>
    <message>
        <source>&amp;Open Workshop...</source>
        <translation>&amp;Ouvrir un atelier...</translation>
    </message>
    <message>
        <source>&amp;Next View</source>
        <translation>Vue &amp;suivante</translation>
    </message>
    <message>
        <source>P&amp;revious View</source>
        <translation>Vue p&amp;récédente</translation>
    </message>
    <message>
        <source>Reset &amp;Weights to Rubric</source>
        <translation>Rétablir les &amp;poids de la grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>&amp;Save Weight Set...</source>
        <translation>&amp;Enregistrer le jeu de poids...</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Choose 2 to 12 use cases (the selection, a tag, a saved view or a search) and a rubric, then Compare.</source>
        <translation>Choisissez de 2 à 12 cas d&apos;utilisation (la sélection, une étiquette, une vue enregistrée ou une recherche) et une grille d&apos;évaluation, puis Comparer.</translation>
    </message>
    <message>
        <source>None of these use cases has been scored with %1 yet.</source>
        <translation>Aucun de ces cas d&apos;utilisation n&apos;a encore été noté selon %1.</translation>
    </message>
    <message>
        <source>Use cases compared: %1. Rubric: %2, version %3.</source>
        <translation>Cas d&apos;utilisation comparés : %1. Grille d&apos;évaluation : %2, version %3.</translation>
    </message>
    <message>
        <source>The scores are hidden. The facilitator reveals them with R.</source>
        <translation>Les notes sont masquées. L&apos;animateur les révèle avec R.</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>Overall index (%1)</source>
        <translation>Indice global (%1)</translation>
    </message>
    <message>
        <source>Bar: overall index 0–100 from the per-criterion medians; whisker: the lowest to the highest assessor&apos;s own index.</source>
        <translation>Barre : indice global de 0 à 100 calculé à partir des médianes par critère ; moustache : de l&apos;indice propre le plus bas au plus haut parmi les évaluateurs.</translation>
    </message>
    <message>
        <source>Median level per criterion (%1)</source>
        <translation>Niveau médian par critère (%1)</translation>
    </message>
    <message>
        <source>Each cell: the median level of the assessors and, after ↕, the spread (highest − lowest level).</source>
        <translation>Chaque cellule : le niveau médian des évaluateurs et, après ↕, la dispersion (niveau le plus haut − le plus bas).</translation>
    </message>
    <message>
        <source>Dimensions (%1)</source>
        <translation>Dimensions (%1)</translation>
    </message>
    <message>
        <source>Spokes: subtotals 0–100; one line per use case (the rows selected in the table, at most %1).</source>
        <translation>Rayons : sous-totaux de 0 à 100 ; une ligne par cas d&apos;utilisation (les lignes sélectionnées dans le tableau, %1 au plus).</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>This view has no chart to export.</source>
        <translation>Cette vue n&apos;a pas de graphique à exporter.</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG image (*.svg)</source>
        <translation>Image PNG (*.png);;Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>%1 pixels wide</source>
        <translation>%1 pixels de large</translation>
    </message>
    <message>
        <source>Resolution of the PNG:</source>
        <translation>Résolution du PNG :</translation>
    </message>
    <message>
        <source>Chart written to %1</source>
        <translation>Graphique écrit dans %1</translation>
    </message>
    <message>
        <source>Compare 2 to 12 use cases before saving them as a workshop.</source>
        <translation>Comparez de 2 à 12 cas d&apos;utilisation avant de les enregistrer comme atelier.</translation>
    </message>
    <message>
        <source>Save Workshop</source>
        <translation>Enregistrer l&apos;atelier</translation>
    </message>
    <message>
        <source>Name of the workshop:</source>
        <translation>Nom de l&apos;atelier :</translation>
    </message>
    <message>
        <source>Workshop %1 saved.</source>
        <translation>Atelier %1 enregistré.</translation>
    </message>
    <message>
        <source>Open Workshop</source>
        <translation>Ouvrir un atelier</translation>
    </message>
    <message>
        <source>No workshop is saved in this repository yet.</source>
        <translation>Aucun atelier n&apos;est encore enregistré dans ce référentiel.</translation>
    </message>
    <message>
        <source>Workshop:</source>
        <translation>Atelier :</translation>
    </message>
    <message>
        <source>Workshop %1 - Compare Use Cases</source>
        <translation>Atelier %1 - Comparer des cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>R reveals the scores · Left and Right change the view · Up and Down go through the use cases · Esc ends the presentation</source>
        <translation>R révèle les notes · Gauche et Droite changent de vue · Haut et Bas parcourent les cas d&apos;utilisation · Échap termine la présentation</translation>
    </message>
    <message>
        <source>The use cases by rank; a column&apos;s header sorts by it</source>
        <translation>Les cas d&apos;utilisation par rang ; l&apos;en-tête d&apos;une colonne trie selon celle-ci</translation>
    </message>
    <message>
        <source>The ranking&apos;s figures, drawn as bars in the chart</source>
        <translation>Les chiffres du classement, représentés par des barres dans le graphique</translation>
    </message>
    <message>
        <source>Each criterion&apos;s level per use case, as the heat map shows</source>
        <translation>Le niveau de chaque critère par cas d&apos;utilisation, tel que le montre la carte thermique</translation>
    </message>
    <message>
        <source>Each dimension per use case; select rows to draw only those</source>
        <translation>Chaque dimension par cas d&apos;utilisation ; sélectionnez des lignes pour ne tracer que celles-ci</translation>
    </message>
    <message>
        <source>The use cases&apos; facts side by side, and whether they differ</source>
        <translation>Les faits des cas d&apos;utilisation côte à côte, et s&apos;ils diffèrent</translation>
    </message>
    <message>
        <source>The criteria the assessors disagree on most come first</source>
        <translation>Les critères sur lesquels les évaluateurs sont le plus en désaccord viennent en premier</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CountryContextEditor</name>
    <message>
        <source>List the countries of the deployment above to give each its context.</source>
        <translation>Indiquez ci-dessus les pays du déploiement pour donner à chacun son contexte.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>The use case as a whole:</source>
        <translation>Le cas d&apos;utilisation dans son ensemble :</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2) :</translation>
    </message>
    <message>
        <source>The development context of what is named beside it</source>
        <translation>Le contexte de développement de ce qui est nommé à côté</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CoverPageForm</name>
    <message>
        <source>e.g. Q2/20</source>
        <translation>p. ex. Q2/20</translation>
    </message>
    <message>
        <source>e.g. Study Group 20</source>
        <translation>p. ex. Commission d&apos;études 20</translation>
    </message>
    <message>
        <source>Place and date, e.g. Geneva, 3-12 March 2027</source>
        <translation>Lieu et date, p. ex. Genève, 3-12 mars 2027</translation>
    </message>
    <message>
        <source>Discussion, Information or Proposal</source>
        <translation>Discussion, Information ou Proposition</translation>
    </message>
    <message>
        <source>&amp;Question(s):</source>
        <translation>&amp;Question(s) :</translation>
    </message>
    <message>
        <source>Study &amp;group:</source>
        <translation>Commission d&apos;é&amp;tudes :</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Réunion :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Contact &amp;name:</source>
        <translation>&amp;Nom du contact :</translation>
    </message>
    <message>
        <source>Contact &amp;organization:</source>
        <translation>&amp;Organisation du contact :</translation>
    </message>
    <message>
        <source>Contact &amp;email:</source>
        <translation>&amp;Courriel du contact :</translation>
    </message>
    <message>
        <source>&amp;Keywords:</source>
        <translation>&amp;Mots clés :</translation>
    </message>
    <message>
        <source>&amp;Abstract:</source>
        <translation>Rés&amp;umé :</translation>
    </message>
</context>
<context>
    <name>casebook::ui::CsvImportWizard</name>
    <message>
        <source>Import a spreadsheet</source>
        <translation>Importer une feuille de calcul</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Choose the sheet</source>
        <translation>Choisir la feuille</translation>
    </message>
    <message>
        <source>A CSV file with a header row, as Excel or LibreOffice save it: comma or semicolon separated, UTF-8 or UTF-16.</source>
        <translation>Un fichier CSV avec une ligne d&apos;en-tête, tel qu&apos;Excel ou LibreOffice l&apos;enregistrent : séparé par des virgules ou des points-virgules, en UTF-8 ou UTF-16.</translation>
    </message>
    <message>
        <source>Path of a .csv or .txt file</source>
        <translation>Chemin d&apos;un fichier .csv ou .txt</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>Détecter automatiquement</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>Recognised headers already have a field. Choose one for the others, or leave them out.</source>
        <translation>Les en-têtes reconnus ont déjà un champ. Choisissez-en un pour les autres, ou laissez-les de côté.</translation>
    </message>
    <message>
        <source>Load mapping…</source>
        <translation>Charger une correspondance…</translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation>Enregistrer la correspondance…</translation>
    </message>
    <message>
        <source>Check the rows</source>
        <translation>Vérifier les lignes</translation>
    </message>
    <message>
        <source>The first rows as they will be stored. Rows with problems are marked with their line in the file; nothing is imported while one remains.</source>
        <translation>Les premières lignes telles qu&apos;elles seront stockées. Les lignes qui posent problème sont marquées avec leur ligne dans le fichier ; rien n&apos;est importé tant qu&apos;il en reste une.</translation>
    </message>
    <message>
        <source>&amp;Use the suggested values where a cell is close to a known one</source>
        <translation>&amp;Utiliser les valeurs suggérées lorsqu&apos;une cellule est proche d&apos;une valeur connue</translation>
    </message>
    <message>
        <source>What the import will do. A copy of the repository is kept first, and every record is written at once, or none is.</source>
        <translation>Ce que fera l&apos;importation. Une copie du référentiel est d&apos;abord conservée, et tous les enregistrements sont écrits en une fois, ou aucun.</translation>
    </message>
    <message>
        <source>%1 has a header but no rows to import.</source>
        <translation>%1 a un en-tête mais aucune ligne à importer.</translation>
    </message>
    <message>
        <source>Load a column mapping</source>
        <translation>Charger une correspondance de colonnes</translation>
    </message>
    <message>
        <source>Mappings (*.json)</source>
        <translation>Correspondances (*.json)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Save the column mapping</source>
        <translation>Enregistrer la correspondance de colonnes</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>L&apos;importation a échoué</translation>
    </message>
    <message>
        <source>Every column has a field or is left out.</source>
        <translation>Chaque colonne a un champ ou est laissée de côté.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) need a decision: choose a field or &quot;(leave out)&quot;.</source>
        <translation>
            <numerusform>%n colonne demande une décision : choisissez un champ ou « (laisser de côté) ».</numerusform>
            <numerusform>%n colonnes demandent une décision : choisissez un champ ou « (laisser de côté) ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) ready to import.</source>
        <translation>
            <numerusform>%n ligne prête à importer.</numerusform>
            <numerusform>%n lignes prêtes à importer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to solve before importing: correct the sheet and open it again, or change the mapping.</source>
        <translation>
            <numerusform>%n problème à résoudre avant l&apos;importation : corrigez la feuille et rouvrez-la, ou modifiez la correspondance.</numerusform>
            <numerusform>%n problèmes à résoudre avant l&apos;importation : corrigez la feuille et rouvrez-la, ou modifiez la correspondance.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some values are only close to known ones: tick the box below to use the suggestions.</source>
        <translation>Certaines valeurs sont seulement proches de valeurs connues : cochez la case ci-dessous pour utiliser les suggestions.</translation>
    </message>
    <message>
        <source>The table shows the first %1 rows.</source>
        <translation>Le tableau montre les %1 premières lignes.</translation>
    </message>
    <message numerus="yes">
        <source>%1. %n use case(s) will be written.</source>
        <translation>
            <numerusform>%1. %n cas d&apos;utilisation sera écrit.</numerusform>
            <numerusform>%1. %n cas d&apos;utilisation seront écrits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheets and JSON (*.csv *.txt *.tsv *.json);;All files (*)</source>
        <translation>Feuilles de calcul et JSON (*.csv *.txt *.tsv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is a Casebook bundle: import it with File &gt; Import.</source>
        <translation>%1 est un paquet Casebook : importez-le avec Fichier &gt; Importer.</translation>
    </message>
    <message>
        <source>%1 is IEC 62559-3 XML: import it with File &gt; Import.</source>
        <translation>%1 est du XML CEI 62559-3 : importez-le avec Fichier &gt; Importer.</translation>
    </message>
    <message>
        <source>%1 and %2.</source>
        <translation>%1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) in JSON.</source>
        <translation>
            <numerusform>%n cas d&apos;utilisation en JSON.</numerusform>
            <numerusform>%n cas d&apos;utilisation en JSON.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>The character between the columns of the spreadsheet</source>
        <translation>Le caractère placé entre les colonnes de la feuille de calcul</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ExchangeActions</name>
    <message>
        <source>&amp;Spreadsheet, JSON or XML...</source>
        <translation>&amp;Feuille de calcul, JSON ou XML...</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n use case(s) to %1.</source>
        <translation>
            <numerusform>%n cas d&apos;utilisation écrit dans %1.</numerusform>
            <numerusform>%n cas d&apos;utilisation écrits dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) were left out (check “Include restricted use cases” to export them).</source>
        <translation>
            <numerusform>%n cas d&apos;utilisation restreint a été laissé de côté (cochez « Inclure les cas d&apos;utilisation restreints » pour l&apos;exporter).</numerusform>
            <numerusform>%n cas d&apos;utilisation restreints ont été laissés de côté (cochez « Inclure les cas d&apos;utilisation restreints » pour les exporter).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportation terminée</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ExportBundleDialog</name>
    <message>
        <source>Export a bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Tout</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;selected use cases (%n)</source>
        <translation>
            <numerusform>Le cas d&apos;utili&amp;sation sélectionné (%n)</numerusform>
            <numerusform>Les cas d&apos;utili&amp;sation sélectionnés (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Use cases with the &amp;tag</source>
        <translation>Cas d&apos;utilisation portant l&apos;é&amp;tiquette</translation>
    </message>
    <message>
        <source>e.g. sdo/ITU-T</source>
        <translation>p. ex. sdo/ITU-T</translation>
    </message>
    <message>
        <source>Use cases matching the se&amp;arch</source>
        <translation>Cas d&apos;utilisation correspondant à la rech&amp;erche</translation>
    </message>
    <message>
        <source>e.g. &quot;smart meter&quot; region:Africa</source>
        <translation>p. ex. &quot;smart meter&quot; region:Africa</translation>
    </message>
    <message>
        <source>What changed si&amp;nce</source>
        <translation>Ce qui a changé dep&amp;uis</translation>
    </message>
    <message>
        <source>Include &amp;attachments (uncheck for a smaller &quot;lean&quot; bundle)</source>
        <translation>Inclure les pièces &amp;jointes (décochez pour un paquet « allégé » plus petit)</translation>
    </message>
    <message>
        <source>&amp;Save bundle...</source>
        <translation>&amp;Enregistrer le paquet...</translation>
    </message>
    <message>
        <source>Share by e&amp;mail...</source>
        <translation>Partager par co&amp;urriel...</translation>
    </message>
    <message>
        <source>Above 20 MB: many mail servers refuse attachments this large. Leave the attachments out or choose fewer use cases.</source>
        <translation>Plus de 20 Mo : de nombreux serveurs de messagerie refusent des pièces jointes aussi volumineuses. Laissez de côté les pièces jointes ou choisissez moins de cas d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Include rest&amp;ricted use cases</source>
        <translation>Inclure les cas d&apos;utilisation &amp;restreints</translation>
    </message>
    <message>
        <source>Use cases whose sharing level is restricted are left out unless you check this, even when you selected them.</source>
        <translation>Les cas d&apos;utilisation dont le niveau de partage est restreint sont laissés de côté, même si vous les avez sélectionnés, sauf si vous cochez cette case.</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 et %3</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n cas d&apos;utilisation</numerusform>
            <numerusform>%n cas d&apos;utilisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n évaluation</numerusform>
            <numerusform>%n évaluations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n pièce jointe</numerusform>
            <numerusform>%n pièces jointes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: about %2.</source>
        <translation>%1 : environ %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out; check “Include restricted use cases” to share them.</source>
        <translation>
            <numerusform>%n cas d&apos;utilisation restreint laissé de côté ; cochez « Inclure les cas d&apos;utilisation restreints » pour le partager.</numerusform>
            <numerusform>%n cas d&apos;utilisation restreints laissés de côté ; cochez « Inclure les cas d&apos;utilisation restreints » pour les partager.</numerusform>
        </translation>
    </message>
    <message>
        <source>What changed on or after this day goes in the bundle</source>
        <translation>Ce qui a changé ce jour-là ou après entre dans le paquet</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>What to write</source>
        <translation>Contenu à écrire</translation>
    </message>
    <message>
        <source>&amp;Use cases as a spreadsheet (CSV, one row each, every field)</source>
        <translation>&amp;Cas d&apos;utilisation en feuille de calcul (CSV, une ligne chacun, tous les champs)</translation>
    </message>
    <message>
        <source>&amp;Scores as a spreadsheet (CSV, a row per criterion and assessor, and a summary per use case)</source>
        <translation>&amp;Notes en feuille de calcul (CSV, une ligne par critère et évaluateur, et un résumé par cas d&apos;utilisation)</translation>
    </message>
    <message>
        <source>Use cases as &amp;JSON (for scripts)</source>
        <translation>Cas d&apos;utilisation en &amp;JSON (pour les scripts)</translation>
    </message>
    <message>
        <source>Only those &amp;modified since</source>
        <translation>Seulement ceux &amp;modifiés depuis</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; ) for Excel in most European languages</source>
        <translation>Point-virgule ( ; ) pour Excel dans la plupart des langues européennes</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>S&amp;eparator:</source>
        <translation>S&amp;éparateur :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>use-cases</source>
        <translation>cas-d-utilisation</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv)</source>
        <translation>Feuilles de calcul (*.csv)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) will be exported.</source>
        <translation>
            <numerusform>%n cas d&apos;utilisation sera exporté.</numerusform>
            <numerusform>%n cas d&apos;utilisation seront exportés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>L&apos;exportation a échoué</translation>
    </message>
    <message>
        <source>Use cases as IEC 62559-3 &amp;XML (for use-case tools)</source>
        <translation>Cas d&apos;utilisation en &amp;XML CEI 62559-3 (pour les outils de cas d&apos;utilisation)</translation>
    </message>
    <message>
        <source>IEC 62559-3 XML (*.xml)</source>
        <translation>XML CEI 62559-3 (*.xml)</translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out; check “Include restricted use cases” to export them.</source>
        <translation>
            <numerusform>%n cas d&apos;utilisation restreint laissé de côté ; cochez « Inclure les cas d&apos;utilisation restreints » pour l&apos;exporter.</numerusform>
            <numerusform>%n cas d&apos;utilisation restreints laissés de côté ; cochez « Inclure les cas d&apos;utilisation restreints » pour les exporter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Use cases modified on or after this day</source>
        <translation>Cas d&apos;utilisation modifiés ce jour-là ou après</translation>
    </message>
    <message>
        <source>The character between the columns of the spreadsheet</source>
        <translation>Le caractère placé entre les colonnes de la feuille de calcul</translation>
    </message>
    <message>
        <source>The file to write: type its path or choose it with Browse…</source>
        <translation>Le fichier à écrire : tapez son chemin ou choisissez-le avec Parcourir…</translation>
    </message>
</context>
<context>
    <name>casebook::ui::FacetSidebar</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>None yet: View &gt; Save Current View</source>
        <translation>Aucune pour l&apos;instant : Affichage &gt; Enregistrer la vue actuelle</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>Secteurs verticaux</translation>
    </message>
    <message>
        <source>Sustainable Development Goals</source>
        <translation>Objectifs de développement durable</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>Contexte de développement</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>Stade de déploiement</translation>
    </message>
    <message>
        <source>Approval status</source>
        <translation>Statut d&apos;approbation</translation>
    </message>
    <message>
        <source>&amp;Rename Tag &quot;%1&quot;...</source>
        <translation>&amp;Renommer l&apos;étiquette « %1 »...</translation>
    </message>
    <message>
        <source>&amp;Merge &quot;%1&quot; Into...</source>
        <translation>&amp;Fusionner « %1 » dans...</translation>
    </message>
    <message>
        <source>Set &amp;Colour...</source>
        <translation>Définir la &amp;couleur...</translation>
    </message>
    <message>
        <source>Delete View &quot;%1&quot;</source>
        <translation>Supprimer la vue « %1 »</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>Régions de l&apos;UIT-D</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>The counts are not available: %1</source>
        <translation>Les décomptes ne sont pas disponibles : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Space ticks a value to filter the list; Enter opens a saved view</source>
        <translation>Espace coche une valeur pour filtrer la liste ; Entrée ouvre une vue enregistrée</translation>
    </message>
</context>
<context>
    <name>casebook::ui::FieldComboDelegate</name>
    <message>
        <source>Field for column %1</source>
        <translation>Champ de la colonne %1</translation>
    </message>
    <message>
        <source>(choose a field)</source>
        <translation>(choisir un champ)</translation>
    </message>
    <message>
        <source>(leave out)</source>
        <translation>(laisser de côté)</translation>
    </message>
</context>
<context>
    <name>casebook::ui::GapRegisterDock</name>
    <message>
        <source>Gap Register</source>
        <translation>Registre des lacunes</translation>
    </message>
    <message>
        <source>&amp;Gap Register</source>
        <translation>Registre des &amp;lacunes</translation>
    </message>
    <message>
        <source>Every standardization gap of the use cases matching the search</source>
        <translation>Toutes les lacunes de normalisation des cas d&apos;utilisation correspondant à la recherche</translation>
    </message>
</context>
<context>
    <name>casebook::ui::GapRegisterModel</name>
    <message>
        <source>No facet</source>
        <translation>Aucune facette</translation>
    </message>
    <message>
        <source>No candidate SDO</source>
        <translation>Aucune ODN candidate</translation>
    </message>
    <message>
        <source>No Question</source>
        <translation>Aucune Question</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Aucun statut</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no candidate SDO</source>
        <translation>aucune ODN candidate</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: raised by %n use case(s) (%3)</source>
        <translation>
            <numerusform>%1, %2 : soulevée par %n cas d&apos;utilisation (%3)</numerusform>
            <numerusform>%1, %2 : soulevée par %n cas d&apos;utilisation (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Facette</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>ODN candidate</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>casebook::ui::GapRegisterView</name>
    <message>
        <source>Facet</source>
        <translation>Facette</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>ODN candidate</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Shared by several use cases</source>
        <translation>Partagées par plusieurs cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>Group b&amp;y:</source>
        <translation>Regrouper &amp;par :</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>Lacunes de normalisation</translation>
    </message>
    <message>
        <source>Reading the gaps…</source>
        <translation>Lecture des lacunes…</translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s)</source>
        <translation>
            <numerusform>%n lacune</numerusform>
            <numerusform>%n lacunes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n cas d&apos;utilisation</numerusform>
            <numerusform>%n cas d&apos;utilisation</numerusform>
        </translation>
    </message>
    <message>
        <source>No standardization gaps in the use cases matching this search.

Clear the search to see every gap of the repository.</source>
        <translation>Aucune lacune de normalisation dans les cas d&apos;utilisation correspondant à cette recherche.

Effacez la recherche pour voir toutes les lacunes du référentiel.</translation>
    </message>
    <message>
        <source>No standardization gaps in these use cases yet.

To add one, select a use case, open its &quot;Outcomes and gaps&quot; section and add a row under Standardization gaps.</source>
        <translation>Aucune lacune de normalisation dans ces cas d&apos;utilisation pour l&apos;instant.

Pour en ajouter une, sélectionnez un cas d&apos;utilisation, ouvrez sa section « Résultats et lacunes » et ajoutez une ligne sous Lacunes de normalisation.</translation>
    </message>
    <message>
        <source>No gap is raised by more than one of these use cases.

Gaps count as shared when they have the same facet and candidate SDO and similar words.</source>
        <translation>Aucune lacune n&apos;est soulevée par plus d&apos;un de ces cas d&apos;utilisation.

Des lacunes sont considérées comme partagées lorsqu&apos;elles ont la même facette, la même ODN candidate et des mots semblables.</translation>
    </message>
    <message>
        <source>How the gaps below are grouped</source>
        <translation>Comment les lacunes ci-dessous sont regroupées</translation>
    </message>
    <message>
        <source>Enter opens a gap&apos;s use case, or opens and closes a group</source>
        <translation>Entrée ouvre le cas d&apos;utilisation d&apos;une lacune, ou ouvre et ferme un groupe</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPlanModel</name>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Stays deleted</source>
        <translation>Reste supprimé</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservé</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>Rien à faire</translation>
    </message>
    <message>
        <source>Tags added</source>
        <translation>Étiquettes ajoutées</translation>
    </message>
    <message>
        <source>Kept, and the sheet&apos;s version added as a copy</source>
        <translation>Conservé, et la version de la feuille ajoutée comme copie</translation>
    </message>
    <message>
        <source>Kept as it is here</source>
        <translation>Conservé tel quel ici</translation>
    </message>
    <message>
        <source>Kept, tags added</source>
        <translation>Conservé, étiquettes ajoutées</translation>
    </message>
    <message>
        <source>Updated from the sheet</source>
        <translation>Mis à jour depuis la feuille</translation>
    </message>
    <message>
        <source>(new code)</source>
        <translation>(nouveau code)</translation>
    </message>
    <message>
        <source>Differs in: %1</source>
        <translation>Diffère pour : %1</translation>
    </message>
    <message>
        <source>New tags: %1</source>
        <translation>Nouvelles étiquettes : %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Kept, and the bundle&apos;s version added as a copy</source>
        <translation>Conservé, et la version du paquet ajoutée comme copie</translation>
    </message>
    <message>
        <source>Replaced by the bundle&apos;s version</source>
        <translation>Remplacé par la version du paquet</translation>
    </message>
    <message>
        <source>Updated from the bundle</source>
        <translation>Mis à jour depuis le paquet</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n champ</numerusform>
            <numerusform>%n champs</numerusform>
        </translation>
    </message>
    <message>
        <source>Merged: %1 from the sheet, %2 kept</source>
        <translation>Fusionné : %1 depuis la feuille, %2 conservés</translation>
    </message>
    <message>
        <source>Merged: %1 from the bundle, %2 kept</source>
        <translation>Fusionné : %1 depuis le paquet, %2 conservés</translation>
    </message>
    <message>
        <source>Score for criterion %1</source>
        <translation>Note du critère %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Keep deleted</source>
        <translation>Garder supprimé</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder le mien</translation>
    </message>
    <message>
        <source>Delete here too</source>
        <translation>Supprimer ici aussi</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre le leur</translation>
    </message>
    <message>
        <source>Keep both (add theirs as a copy)</source>
        <translation>Garder les deux (ajouter le leur comme copie)</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Round scores</source>
        <translation>Notes de tour</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPlanView</name>
    <message>
        <source>For &amp;conflicts:</source>
        <translation>En cas de &amp;conflit :</translation>
    </message>
    <message>
        <source>Keep mine: keep what is here</source>
        <translation>Garder le mien : conserver ce qui est ici</translation>
    </message>
    <message>
        <source>Take theirs: use the incoming values</source>
        <translation>Prendre le leur : utiliser les valeurs entrantes</translation>
    </message>
    <message>
        <source>Newest: the later modification wins</source>
        <translation>Le plus récent : la dernière modification l&apos;emporte</translation>
    </message>
    <message>
        <source>How a conflict left on Automatic is settled</source>
        <translation>Comment est réglé un conflit laissé sur Automatique</translation>
    </message>
    <message>
        <source>Records to import</source>
        <translation>Enregistrements à importer</translation>
    </message>
    <message>
        <source>The fields of the record chosen here show below</source>
        <translation>Les champs de l&apos;enregistrement choisi ici s&apos;affichent ci-dessous</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>an unnamed member</source>
        <translation>un membre sans nom</translation>
    </message>
    <message>
        <source>Bundle from %1, made %2 with Casebook %3.</source>
        <translation>Paquet de %1, créé le %2 avec Casebook %3.</translation>
    </message>
    <message>
        <source>You imported this bundle before, on %1.</source>
        <translation>Vous avez déjà importé ce paquet le %1.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>IEC 62559-3 use-case repository &quot;%1&quot;.</source>
        <translation>Référentiel de cas d&apos;utilisation CEI 62559-3 « %1 ».</translation>
    </message>
    <message>
        <source>Changes from the team repository %1 that meet your own.</source>
        <translation>Modifications du référentiel d&apos;équipe %1 qui rencontrent les vôtres.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ImportPreviewModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Problems and notes</source>
        <translation>Problèmes et remarques</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
</context>
<context>
    <name>casebook::ui::KpiSection</name>
    <message>
        <source>Date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>Date (AAAA, AAAA-MM ou AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Measurements of the selected KPI:</source>
        <translation>&amp;Mesures de l&apos;ICP sélectionné :</translation>
    </message>
    <message>
        <source>No dated measurements yet: add one per date, oldest first.</source>
        <translation>Aucune mesure datée pour l&apos;instant : ajoutez-en une par date, de la plus ancienne à la plus récente.</translation>
    </message>
    <message>
        <source>Measured over time:</source>
        <translation>Mesuré dans le temps :</translation>
    </message>
    <message>
        <source>Select a KPI to see its measurements.</source>
        <translation>Sélectionnez un ICP pour voir ses mesures.</translation>
    </message>
    <message>
        <source>No dated measurements for this KPI.</source>
        <translation>Aucune mesure datée pour cet ICP.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::MainWindow</name>
    <message>
        <source>Search use cases</source>
        <translation>Rechercher des cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Casebook</source>
        <translation>À &amp;propos de Casebook</translation>
    </message>
    <message>
        <source>About Casebook</source>
        <translation>À propos de Casebook</translation>
    </message>
    <message>
        <source>Casebook %1

A catalogue of IoT and smart-city use cases for interoperability and standardization work.

Repository: %2</source>
        <translation>Casebook %1

Un catalogue de cas d&apos;utilisation de l&apos;IoT et des villes intelligentes pour les travaux d&apos;interopérabilité et de normalisation.

Référentiel : %2</translation>
    </message>
    <message>
        <source>%1 - Casebook</source>
        <translation>%1 - Casebook</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s)</source>
        <translation>
            <numerusform>%n cas d&apos;utilisation</numerusform>
            <numerusform>%n cas d&apos;utilisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n use case(s) match</source>
        <translation>
            <numerusform>%1 sur %n cas d&apos;utilisation correspondent</numerusform>
            <numerusform>%1 sur %n cas d&apos;utilisation correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>The repository is damaged</source>
        <translation>Le référentiel est endommagé</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Compris</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Select a use case to see and edit it.</source>
        <translation>Sélectionnez un cas d&apos;utilisation pour le voir et le modifier.</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Delete View</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>Delete the saved view &quot;%1&quot;?</source>
        <translation>Supprimer la vue enregistrée « %1 » ?</translation>
    </message>
    <message>
        <source>Cannot delete the view</source>
        <translation>Impossible de supprimer la vue</translation>
    </message>
    <message>
        <source>&amp;Import Bundle or Spreadsheet...</source>
        <translation>&amp;Importer un paquet ou une feuille de calcul...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir %1</translation>
    </message>
    <message>
        <source>&amp;Save Use Case</source>
        <translation>&amp;Enregistrer le cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>Re&amp;vert Changes</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <source>&amp;New Use Case...</source>
        <translation>&amp;Nouveau cas d&apos;utilisation...</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Préférences...</translation>
    </message>
    <message>
        <source>&amp;Scoring</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Save Current View...</source>
        <translation>&amp;Enregistrer la vue actuelle...</translation>
    </message>
    <message>
        <source>&amp;Clear Search and Filters</source>
        <translation>&amp;Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>C&amp;olumns</source>
        <translation>C&amp;olonnes</translation>
    </message>
    <message>
        <source>&amp;Editor Sections</source>
        <translation>&amp;Sections de l&apos;éditeur</translation>
    </message>
    <message>
        <source>Show &amp;Filters</source>
        <translation>Afficher les &amp;filtres</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>This repository has no use cases yet.

Press Ctrl+N to record one, or import a bundle or a spreadsheet from the File menu.</source>
        <translation>Ce référentiel ne contient encore aucun cas d&apos;utilisation.

Appuyez sur Ctrl+N pour en consigner un, ou importez un paquet ou une feuille de calcul depuis le menu Fichier.</translation>
    </message>
    <message>
        <source>No use case matches &quot;%1&quot;.

Try fewer words, a shorter prefix with *, or remove a filter (Esc clears the search).</source>
        <translation>Aucun cas d&apos;utilisation ne correspond à « %1 ».

Essayez moins de mots, un préfixe plus court avec *, ou retirez un filtre (Échap efface la recherche).</translation>
    </message>
    <message>
        <source>Cannot save the use case</source>
        <translation>Impossible d&apos;enregistrer le cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>Undo or redo failed</source>
        <translation>L&apos;annulation ou le rétablissement a échoué</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>New Use Case</source>
        <translation>Nouveau cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>Title of the new use case:</source>
        <translation>Titre du nouveau cas d&apos;utilisation :</translation>
    </message>
    <message>
        <source>New use case &quot;%1&quot;</source>
        <translation>Nouveau cas d&apos;utilisation « %1 »</translation>
    </message>
    <message>
        <source>Cannot duplicate</source>
        <translation>Impossible de dupliquer</translation>
    </message>
    <message>
        <source>Duplicate &quot;%1&quot;</source>
        <translation>Dupliquer « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n use case(s)</source>
        <translation>
            <numerusform>Supprimer %n cas d&apos;utilisation</numerusform>
            <numerusform>Supprimer %n cas d&apos;utilisation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n use case(s). Undo with %1.</source>
        <translation>
            <numerusform>%n cas d&apos;utilisation supprimé. Annulez avec %1.</numerusform>
            <numerusform>%n cas d&apos;utilisation supprimés. Annulez avec %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a search or choose filters first; a view saves them under a name.</source>
        <translation>Saisissez d&apos;abord une recherche ou choisissez des filtres ; une vue les enregistre sous un nom.</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of the view for &quot;%1&quot;:</source>
        <translation>Nom de la vue pour « %1 » :</translation>
    </message>
    <message>
        <source>Cannot save the view</source>
        <translation>Impossible d&apos;enregistrer la vue</translation>
    </message>
    <message>
        <source>Saved the view &quot;%1&quot;.</source>
        <translation>La vue « %1 » a été enregistrée.</translation>
    </message>
    <message>
        <source>Do not add to it: restore the newest backup, or export what you can.</source>
        <translation>N&apos;y ajoutez rien : restaurez la sauvegarde la plus récente, ou exportez ce que vous pouvez.</translation>
    </message>
    <message>
        <source>Search: words, &quot;phrases&quot;, prefix*, tag:open-data, vertical:energy, sdg:11, region:Africa, stage:pilot</source>
        <translation>Recherche : mots, &quot;expressions&quot;, préfixe*, tag:open-data, vertical:energy, sdg:11, region:Africa, stage:pilot</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Rétablir %1</translation>
    </message>
    <message>
        <source>Save the changes to &quot;%1&quot;?</source>
        <translation>Enregistrer les modifications de « %1 » ?</translation>
    </message>
    <message>
        <source>The use case chosen here shows in the editor</source>
        <translation>Le cas d&apos;utilisation choisi ici s&apos;affiche dans l&apos;éditeur</translation>
    </message>
    <message>
        <source>&amp;Repository</source>
        <translation>&amp;Référentiel</translation>
    </message>
    <message>
        <source>Imported %1. File &gt; Take Back Last Import undoes it.</source>
        <translation>%1 importé. Fichier &gt; Annuler la dernière importation permet d&apos;annuler cette importation.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::PasswordDialog</name>
    <message>
        <source>Team Repository Password</source>
        <translation>Mot de passe du référentiel d&apos;équipe</translation>
    </message>
    <message>
        <source>The team repository refused the password. Password for %1:</source>
        <translation>Le référentiel d&apos;équipe a refusé le mot de passe. Mot de passe pour %1 :</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Mot de passe pour %1 :</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Mémoriser dans le trousseau du système</translation>
    </message>
</context>
<context>
    <name>casebook::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Recorded as the editor of your changes and as assessor</source>
        <translation>Enregistré comme auteur de vos modifications et comme évaluateur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language applies the next time Casebook starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Casebook.</translation>
    </message>
    <message>
        <source>&amp;User interface:</source>
        <translation>&amp;Interface utilisateur :</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>&amp;Default repository:</source>
        <translation>Référentiel par &amp;défaut :</translation>
    </message>
    <message>
        <source>Default Repository</source>
        <translation>Référentiel par défaut</translation>
    </message>
    <message>
        <source>Casebook repositories (*.sqlite)</source>
        <translation>Référentiels Casebook (*.sqlite)</translation>
    </message>
    <message>
        <source>This is not an email address.</source>
        <translation>Ce n&apos;est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Assessor identity:</source>
        <translation>Identité d&apos;év&amp;aluateur :</translation>
    </message>
    <message>
        <source>Your scores are kept under this identity. To score as the same person with casebook-cli, set CASEBOOK_ASSESSOR_ID to it.</source>
        <translation>Vos notes sont conservées sous cette identité. Pour noter en tant que la même personne avec casebook-cli, affectez-lui CASEBOOK_ASSESSOR_ID.</translation>
    </message>
    <message>
        <source>Put on the cover of the reports you write</source>
        <translation>Figure sur la page de garde des rapports que vous écrivez</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RecordChoiceDelegate</name>
    <message>
        <source>Choice for %1</source>
        <translation>Choix pour %1</translation>
    </message>
    <message>
        <source>What the import does with this record</source>
        <translation>Ce que l&apos;importation fait de cet enregistrement</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RecordDetails</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>changed there</source>
        <translation>modifié là-bas</translation>
    </message>
    <message>
        <source>changed here</source>
        <translation>modifié ici</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Le mien</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Le leur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Utiliser</translation>
    </message>
    <message>
        <source>Everything in this sheet is already here.</source>
        <translation>Tout le contenu de cette feuille est déjà ici.</translation>
    </message>
    <message>
        <source>Everything in this bundle is already here.</source>
        <translation>Tout le contenu de ce paquet est déjà ici.</translation>
    </message>
    <message>
        <source>Tags added: %1</source>
        <translation>Étiquettes ajoutées : %1</translation>
    </message>
    <message>
        <source>New here: it will be added.</source>
        <translation>Nouveau ici : il sera ajouté.</translation>
    </message>
    <message>
        <source>Use for %1</source>
        <translation>Utiliser pour %1</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Champs qui diffèrent</translation>
    </message>
    <message>
        <source>Each differing field: mine, theirs, and which one to use</source>
        <translation>Chaque champ qui diffère : le mien, le leur, et celui à utiliser</translation>
    </message>
    <message>
        <source>Which value the field keeps: mine or theirs</source>
        <translation>La valeur que garde le champ : la mienne ou la leur</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ReportActions</name>
    <message>
        <source>&amp;Report...</source>
        <translation>&amp;Rapport...</translation>
    </message>
    <message>
        <source>Use cases and standardization gaps</source>
        <translation>Cas d&apos;utilisation et lacunes de normalisation</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a report of %n use case(s) to %1.</source>
        <translation>
            <numerusform>Rapport de %n cas d&apos;utilisation écrit dans %1.</numerusform>
            <numerusform>Rapport de %n cas d&apos;utilisation écrit dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) were left out (check “Include restricted use cases” to report them).</source>
        <translation>
            <numerusform>%n cas d&apos;utilisation restreint a été laissé de côté (cochez « Inclure les cas d&apos;utilisation restreints » pour l&apos;inclure au rapport).</numerusform>
            <numerusform>%n cas d&apos;utilisation restreints ont été laissés de côté (cochez « Inclure les cas d&apos;utilisation restreints » pour les inclure au rapport).</numerusform>
        </translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Rapport écrit</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contenu</translation>
    </message>
    <message>
        <source>Co&amp;ver page</source>
        <translation>Page de &amp;garde</translation>
    </message>
    <message>
        <source>&amp;Write Report</source>
        <translation>&amp;Écrire le rapport</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>contribution</translation>
    </message>
    <message>
        <source>PDF (to print or send)</source>
        <translation>PDF (pour imprimer ou envoyer)</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT, for Word or LibreOffice)</source>
        <translation>Texte OpenDocument (ODT, pour Word ou LibreOffice)</translation>
    </message>
    <message>
        <source>Web page (HTML, one file)</source>
        <translation>Page web (HTML, un seul fichier)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>R&amp;ubric:</source>
        <translation>&amp;Grille d&apos;évaluation :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Format de &amp;page :</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <source>The one most use cases were assessed against</source>
        <translation>Celle selon laquelle la plupart des cas d&apos;utilisation ont été évalués</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Pages web (*.html *.htm)</translation>
    </message>
    <message>
        <source>Write the report to</source>
        <translation>Écrire le rapport dans</translation>
    </message>
    <message numerus="yes">
        <source>%n use case(s) will be in the report.</source>
        <translation>
            <numerusform>%n cas d&apos;utilisation figurera dans le rapport.</numerusform>
            <numerusform>%n cas d&apos;utilisation figureront dans le rapport.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restricted use case(s) left out; check “Include restricted use cases” to report them.</source>
        <translation>
            <numerusform>%n cas d&apos;utilisation restreint laissé de côté ; cochez « Inclure les cas d&apos;utilisation restreints » pour l&apos;inclure au rapport.</numerusform>
            <numerusform>%n cas d&apos;utilisation restreints laissés de côté ; cochez « Inclure les cas d&apos;utilisation restreints » pour les inclure au rapport.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report failed</source>
        <translation>Le rapport a échoué</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Écriture du rapport…</translation>
    </message>
    <message>
        <source>The rubric whose scores the report shows</source>
        <translation>La grille d&apos;évaluation dont le rapport présente les notes</translation>
    </message>
    <message>
        <source>The kind of file the report is written as</source>
        <translation>Le type de fichier dans lequel le rapport est écrit</translation>
    </message>
    <message>
        <source>The paper size of a PDF or ODT report</source>
        <translation>Le format de papier d&apos;un rapport PDF ou ODT</translation>
    </message>
    <message>
        <source>The file to write: type its path or choose it with Browse…</source>
        <translation>Le fichier à écrire : tapez son chemin ou choisissez-le avec Parcourir…</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RepositoryActions</name>
    <message>
        <source>&amp;New Repository...</source>
        <translation>&amp;Nouveau référentiel...</translation>
    </message>
    <message>
        <source>&amp;Open Repository...</source>
        <translation>&amp;Ouvrir un référentiel...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Open Repository</source>
        <translation>Ouvrir un référentiel</translation>
    </message>
    <message>
        <source>Casebook repositories (*.sqlite);;All files (*)</source>
        <translation>Référentiels Casebook (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open the repository</source>
        <translation>Impossible d&apos;ouvrir le référentiel</translation>
    </message>
    <message>
        <source>New Repository</source>
        <translation>Nouveau référentiel</translation>
    </message>
    <message>
        <source>Casebook repositories (*.sqlite)</source>
        <translation>Référentiels Casebook (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot create the repository</source>
        <translation>Impossible de créer le référentiel</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name.</source>
        <translation>%1 existe déjà ; choisissez un nouveau nom de fichier.</translation>
    </message>
    <message>
        <source>No recent repositories</source>
        <translation>Aucun référentiel récent</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RetagCommand</name>
    <message>
        <source>Add tags %1</source>
        <translation>Ajouter les étiquettes %1</translation>
    </message>
    <message>
        <source>Remove tags %1</source>
        <translation>Retirer les étiquettes %1</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RoundScoreDialog</name>
    <message>
        <source>Round %1 of %2 — %3</source>
        <translation>Tour %1 de %2 — %3</translation>
    </message>
    <message>
        <source>Your answers in round %1. An answer that differs from your answer in the round before needs a reason; the other assessors&apos; answers stay hidden until the facilitator reveals the round.</source>
        <translation>Vos réponses au tour %1. Une réponse différente de votre réponse au tour précédent doit être justifiée ; les réponses des autres évaluateurs restent masquées jusqu&apos;à ce que l&apos;animateur révèle le tour.</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Reason for a change</source>
        <translation>Justification d&apos;un changement</translation>
    </message>
    <message>
        <source>Answer for %1 of %2</source>
        <translation>Réponse pour %1 de %2</translation>
    </message>
    <message>
        <source>Reason for %1 of %2</source>
        <translation>Justification pour %1 de %2</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Vos réponses</translation>
    </message>
    <message>
        <source>Needed when the answer changes from the round before</source>
        <translation>Obligatoire lorsque la réponse diffère de celle du tour précédent</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RoundsPanel</name>
    <message>
        <source>open: each assessor sees only their own scores</source>
        <translation>ouvert : chaque évaluateur ne voit que ses propres notes</translation>
    </message>
    <message>
        <source>revealed</source>
        <translation>révélé</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <source>&amp;Open Round</source>
        <translation>&amp;Ouvrir le tour</translation>
    </message>
    <message>
        <source>Re&amp;veal Round</source>
        <translation>Ré&amp;véler le tour</translation>
    </message>
    <message>
        <source>C&amp;lose Round</source>
        <translation>C&amp;lore le tour</translation>
    </message>
    <message>
        <source>Agreement per criterion, round by round (spread: mean of highest − lowest level; ▲▼: change against the round before):</source>
        <translation>Accord par critère, tour par tour (dispersion : moyenne de l&apos;écart entre le niveau le plus haut et le plus bas ; ▲▼ : évolution par rapport au tour précédent) :</translation>
    </message>
    <message>
        <source>Rounds belong to a workshop: save this comparison as a workshop (Compare &gt; Save Workshop) to run them.</source>
        <translation>Les tours appartiennent à un atelier : enregistrez cette comparaison comme atelier (Comparer &gt; Enregistrer l&apos;atelier) pour les mener.</translation>
    </message>
    <message>
        <source>Workshop %1 · round %2, %3</source>
        <translation>Atelier %1 · tour %2, %3</translation>
    </message>
    <message>
        <source>Workshop %1 · no round yet: Open Round starts round 1.</source>
        <translation>Atelier %1 · aucun tour pour l&apos;instant : Ouvrir le tour lance le tour 1.</translation>
    </message>
    <message>
        <source>Round %1 is open: its scores stay hidden until the facilitator reveals the round.</source>
        <translation>Le tour %1 est ouvert : ses notes restent masquées jusqu&apos;à ce que l&apos;animateur révèle le tour.</translation>
    </message>
    <message>
        <source>Round %1, every answer under the assessor&apos;s letter:</source>
        <translation>Tour %1, chaque réponse sous la lettre de l&apos;évaluateur :</translation>
    </message>
    <message>
        <source>&amp;Open Next Round</source>
        <translation>&amp;Ouvrir le tour suivant</translation>
    </message>
    <message>
        <source>Open Round</source>
        <translation>Ouvrir le tour</translation>
    </message>
    <message>
        <source>Reveal Round</source>
        <translation>Révéler le tour</translation>
    </message>
    <message>
        <source>Close Round</source>
        <translation>Clore le tour</translation>
    </message>
    <message>
        <source>&amp;Score This Round...</source>
        <translation>&amp;Noter ce tour...</translation>
    </message>
    <message>
        <source>Your answers in the open round, under the name and assessor identity of Preferences</source>
        <translation>Vos réponses au tour ouvert, sous le nom et l&apos;identité d&apos;évaluateur des Préférences</translation>
    </message>
    <message>
        <source>Score This Round</source>
        <translation>Noter ce tour</translation>
    </message>
    <message>
        <source>Set your name in Preferences before scoring: every answer names its assessor.</source>
        <translation>Indiquez votre nom dans les Préférences avant de noter : chaque réponse désigne son évaluateur.</translation>
    </message>
    <message>
        <source>Answers of the round</source>
        <translation>Réponses du tour</translation>
    </message>
    <message>
        <source>Every answer under the assessor&apos;s letter, once the round is revealed</source>
        <translation>Chaque réponse sous la lettre de l&apos;évaluateur, une fois le tour révélé</translation>
    </message>
    <message>
        <source>Agreement per criterion</source>
        <translation>Accord par critère</translation>
    </message>
</context>
<context>
    <name>casebook::ui::RubricEditorDialog</name>
    <message>
        <source>Rubrics</source>
        <translation>Grilles d&apos;évaluation</translation>
    </message>
    <message>
        <source>&amp;Rubric:</source>
        <translation>&amp;Grille d&apos;évaluation :</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouvelle</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Import a rubric</source>
        <translation>Importer une grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>Rubric (*.json)</source>
        <translation>Grille d&apos;évaluation (*.json)</translation>
    </message>
    <message>
        <source>Export the rubric</source>
        <translation>Exporter la grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Scale from:</source>
        <translation>&amp;Échelle de :</translation>
    </message>
    <message>
        <source>Dimensions and criteria</source>
        <translation>Dimensions et critères</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Add &amp;dimension</source>
        <translation>Ajouter une &amp;dimension</translation>
    </message>
    <message>
        <source>Add &amp;criterion</source>
        <translation>Ajouter un &amp;critère</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Select a dimension or a criterion to edit it.</source>
        <translation>Sélectionnez une dimension ou un critère pour le modifier.</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>Criterion ids stay the same in every version of the rubric, so scores can be compared; the id of a stored criterion cannot change.</source>
        <translation>Les identifiants de critère restent les mêmes dans toutes les versions de la grille, afin que les notes restent comparables ; l&apos;identifiant d&apos;un critère enregistré ne peut pas changer.</translation>
    </message>
    <message>
        <source>I&amp;d:</source>
        <translation>I&amp;dentifiant :</translation>
    </message>
    <message>
        <source>Descri&amp;ption:</source>
        <translation>Descri&amp;ption :</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Poids :</translation>
    </message>
    <message>
        <source>Level descriptors</source>
        <translation>Descripteurs de niveau</translation>
    </message>
    <message>
        <source>Normalise to &amp;100</source>
        <translation>Normaliser à &amp;100</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>New rubric (not saved yet)</source>
        <translation>Nouvelle grille d&apos;évaluation (pas encore enregistrée)</translation>
    </message>
    <message>
        <source>New rubric</source>
        <translation>Nouvelle grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>First dimension</source>
        <translation>Première dimension</translation>
    </message>
    <message>
        <source>First criterion</source>
        <translation>Premier critère</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
    <message>
        <source>Level %1 — %2</source>
        <translation>Niveau %1 — %2</translation>
    </message>
    <message>
        <source>Total weight: %1. Each criterion counts by its share of the total; normalising makes the total 100.</source>
        <translation>Poids total : %1. Chaque critère compte selon sa part du total ; la normalisation ramène le total à 100.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new rubric: saving stores version 1.</source>
        <translation>Une nouvelle grille d&apos;évaluation : l&apos;enregistrement crée la version 1.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1, used by %n assessment(s): saving a change makes a new version and leaves these assessments with version %1.</source>
        <translation>
            <numerusform>Version %1, utilisée par %n évaluation : enregistrer une modification crée une nouvelle version et laisse cette évaluation avec la version %1.</numerusform>
            <numerusform>Version %1, utilisée par %n évaluations : enregistrer une modification crée une nouvelle version et laisse ces évaluations avec la version %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Version %1 of the rubric that ships with Casebook: saving a change makes a new version.</source>
        <translation>Version %1 de la grille d&apos;évaluation fournie avec Casebook : enregistrer une modification crée une nouvelle version.</translation>
    </message>
    <message>
        <source>Version %1, not used by any assessment yet: saving changes it in place.</source>
        <translation>Version %1, utilisée par aucune évaluation pour l&apos;instant : l&apos;enregistrement la modifie sur place.</translation>
    </message>
    <message>
        <source>Rubrics — %1%2</source>
        <translation>Grilles d&apos;évaluation — %1%2</translation>
    </message>
    <message>
        <source>New dimension</source>
        <translation>Nouvelle dimension</translation>
    </message>
    <message>
        <source>New criterion</source>
        <translation>Nouveau critère</translation>
    </message>
    <message>
        <source>Also removed the warning: %1</source>
        <translation>L&apos;avertissement a aussi été retiré : %1</translation>
    </message>
    <message>
        <source>Give at least one criterion a weight above 0 first.</source>
        <translation>Donnez d&apos;abord à au moins un critère un poids supérieur à 0.</translation>
    </message>
    <message>
        <source>Weights now add up to 100.</source>
        <translation>Les poids totalisent désormais 100.</translation>
    </message>
    <message>
        <source>The rubric cannot be saved yet: %1</source>
        <translation>La grille d&apos;évaluation ne peut pas encore être enregistrée : %1</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
    <message>
        <source>Save as a new version</source>
        <translation>Enregistrer comme nouvelle version</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 of &quot;%2&quot; is used by %n assessment(s). Saving makes a new version; those assessments stay with version %1, unchanged.</source>
        <translation>
            <numerusform>La version %1 de « %2 » est utilisée par %n évaluation. L&apos;enregistrement crée une nouvelle version ; cette évaluation reste avec la version %1, inchangée.</numerusform>
            <numerusform>La version %1 de « %2 » est utilisée par %n évaluations. L&apos;enregistrement crée une nouvelle version ; ces évaluations restent avec la version %1, inchangées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Saved as version %1. Version %2 and its %n assessment(s) are unchanged.</source>
        <translation>
            <numerusform>Enregistré comme version %1. La version %2 et son évaluation (%n) sont inchangées.</numerusform>
            <numerusform>Enregistré comme version %1. La version %2 et ses %n évaluations sont inchangées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved version %1.</source>
        <translation>Version %1 enregistrée.</translation>
    </message>
    <message>
        <source>Saved the new rubric as version %1.</source>
        <translation>La nouvelle grille d&apos;évaluation a été enregistrée comme version %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>This version was already stored; nothing changed.</source>
        <translation>Cette version était déjà enregistrée ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot; version %2.</source>
        <translation>« %1 » version %2 importée.</translation>
    </message>
    <message>
        <source>Save the rubric before exporting it.</source>
        <translation>Enregistrez la grille d&apos;évaluation avant de l&apos;exporter.</translation>
    </message>
    <message>
        <source>Exported version %1 to %2.</source>
        <translation>Version %1 exportée vers %2.</translation>
    </message>
    <message>
        <source>Save your changes to &quot;%1&quot;?</source>
        <translation>Enregistrer vos modifications de « %1 » ?</translation>
    </message>
    <message>
        <source>Scale to</source>
        <translation>Mettre à l&apos;échelle</translation>
    </message>
    <message>
        <source>The rubric to edit, in its latest version</source>
        <translation>La grille d&apos;évaluation à modifier, dans sa dernière version</translation>
    </message>
    <message>
        <source>The name assessors choose the rubric by</source>
        <translation>Le nom sous lequel les évaluateurs choisissent la grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>What the rubric measures and when to use it</source>
        <translation>Ce que mesure la grille d&apos;évaluation et quand l&apos;utiliser</translation>
    </message>
    <message>
        <source>The lowest and the highest level a criterion can get</source>
        <translation>Le niveau le plus bas et le plus haut qu&apos;un critère peut obtenir</translation>
    </message>
    <message>
        <source>A short name for what is judged</source>
        <translation>Un nom court pour ce qui est jugé</translation>
    </message>
    <message>
        <source>What the assessor looks at to choose a level</source>
        <translation>Ce que l&apos;évaluateur examine pour choisir un niveau</translation>
    </message>
    <message>
        <source>It counts by its share of the total weight</source>
        <translation>Il compte selon sa part du poids total</translation>
    </message>
    <message>
        <source>What a use case at this level looks like</source>
        <translation>À quoi ressemble un cas d&apos;utilisation de ce niveau</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScenarioSection</name>
    <message>
        <source>Was: &apos;%1&apos; — %2</source>
        <translation>Anciennement : « %1 » — %2</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Step number: 1, 2, 2.1...</source>
        <translation>Numéro de l&apos;étape : 1, 2, 2.1...</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>The IEC 62559-2 service of the step: CREATE, GET, REPORT...</source>
        <translation>Le service CEI 62559-2 de l&apos;étape : CREATE, GET, REPORT...</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>Producteur</translation>
    </message>
    <message>
        <source>Information producer: the actor the information comes from</source>
        <translation>Producteur d&apos;information : l&apos;acteur d&apos;où provient l&apos;information</translation>
    </message>
    <message>
        <source>pick an actor</source>
        <translation>choisissez un acteur</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Récepteur</translation>
    </message>
    <message>
        <source>Information receiver: the actor the information goes to</source>
        <translation>Récepteur d&apos;information : l&apos;acteur auquel l&apos;information est destinée</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Information exchanged: ids from the table below (I-1...)</source>
        <translation>Informations échangées : identifiants du tableau ci-dessous (I-1...)</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>Requirement ids from the requirements table (R-1...)</source>
        <translation>Identifiants d&apos;exigence du tableau des exigences (R-1...)</translation>
    </message>
    <message>
        <source>pick the information</source>
        <translation>choisissez l&apos;information</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Name of activity</source>
        <translation>Nom de l&apos;activité</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Primary actor</source>
        <translation>Acteur principal</translation>
    </message>
    <message>
        <source>Triggering event</source>
        <translation>Événement déclencheur</translation>
    </message>
    <message>
        <source>Pre-conditions</source>
        <translation>Préconditions</translation>
    </message>
    <message>
        <source>Post-conditions</source>
        <translation>Postconditions</translation>
    </message>
    <message>
        <source>S&amp;teps of the selected scenario:</source>
        <translation>É&amp;tapes du scénario sélectionné :</translation>
    </message>
    <message>
        <source>This scenario has no steps yet: who sends what to whom.</source>
        <translation>Ce scénario n&apos;a pas encore d&apos;étapes : qui envoie quoi à qui.</translation>
    </message>
    <message>
        <source>Step %1, %2: %3</source>
        <translation>Étape %1, %2 : %3</translation>
    </message>
    <message>
        <source>⚠ Written before steps referred to the record&apos;s actors and information; nothing of this use case matches it yet. %1.</source>
        <translation>⚠ Écrit avant que les étapes ne renvoient aux acteurs et aux informations de l&apos;enregistrement ; rien dans ce cas d&apos;utilisation n&apos;y correspond encore. %1.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScoreSheetDialog</name>
    <message>
        <source>Score sheet</source>
        <translation>Feuille de notation</translation>
    </message>
    <message>
        <source>Score sheet — %1 [*]</source>
        <translation>Feuille de notation — %1 [*]</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScoreSheetModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScoreSheetWidget</name>
    <message>
        <source>Use case</source>
        <translation>Cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Type a level digit, N for not applicable, U for unknown, Delete to clear.</source>
        <translation>Tapez le chiffre d&apos;un niveau, N pour non applicable, U pour inconnu, Suppr pour effacer.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Why this level?</source>
        <translation>Pourquoi ce niveau ?</translation>
    </message>
    <message>
        <source>A link or a document reference</source>
        <translation>Un lien ou une référence de document</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non indiquée</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>É&amp;léments probants :</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Confiance :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Set your name in the preferences before scoring: every assessment names its assessor.</source>
        <translation>Indiquez votre nom dans les préférences avant de noter : chaque évaluation désigne son évaluateur.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>Secteurs verticaux</translation>
    </message>
    <message>
        <source>Regions and countries</source>
        <translation>Régions et pays</translation>
    </message>
    <message>
        <source>Deployment stage</source>
        <translation>Stade de déploiement</translation>
    </message>
    <message>
        <source>Development context</source>
        <translation>Contexte de développement</translation>
    </message>
    <message>
        <source>SDGs</source>
        <translation>ODD</translation>
    </message>
    <message>
        <source>Standards</source>
        <translation>Normes</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Connectivité</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Assessor: %1 · Rubric: %2, version %3</source>
        <translation>Évaluateur : %1 · Grille d&apos;évaluation : %2, version %3</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>S.O.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <source>%1  %2 (%3)</source>
        <translation>%1  %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Does not apply to this use case; its weight goes to the other criteria. (key N)</source>
        <translation>Ne s&apos;applique pas à ce cas d&apos;utilisation ; son poids passe aux autres critères. (touche N)</translation>
    </message>
    <message>
        <source>Not known from the sources; counts as the lowest level and is flagged. (key U)</source>
        <translation>Inconnu d&apos;après les sources ; compte comme le niveau le plus bas et est signalé. (touche U)</translation>
    </message>
    <message>
        <source>Not answered yet. (Delete)</source>
        <translation>Pas encore répondu. (Suppr)</translation>
    </message>
    <message>
        <source>%1 of %2 scored</source>
        <translation>%1 sur %2 notés</translation>
    </message>
    <message>
        <source>Overall index: %1</source>
        <translation>Indice global : %1</translation>
    </message>
    <message>
        <source>Overall index: not available</source>
        <translation>Indice global : non disponible</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(incomplet)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Dimensions (%1–%2): %3</source>
        <translation>Dimensions (%1–%2) : %3</translation>
    </message>
    <message>
        <source>Unknown: %1</source>
        <translation>Inconnu : %1</translation>
    </message>
    <message>
        <source>Save your scores for %1?</source>
        <translation>Enregistrer vos notes pour %1 ?</translation>
    </message>
    <message>
        <source>ITU-T Questions</source>
        <translation>Questions de l&apos;UIT-T</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>coverage %1% of the weight</source>
        <translation>couverture : %1 % du poids</translation>
    </message>
    <message>
        <source>below the rubric&apos;s minimum of %1%: not ranked</source>
        <translation>en dessous du minimum de %1 % de la grille : non classé</translation>
    </message>
    <message>
        <source>⚠ knock-out %1: %2</source>
        <translation>⚠ critère éliminatoire %1 : %2</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>Feuille de notation</translation>
    </message>
    <message>
        <source>How sure you are of the level you chose</source>
        <translation>Votre degré de certitude quant au niveau choisi</translation>
    </message>
</context>
<context>
    <name>casebook::ui::ScoringActions</name>
    <message>
        <source>&amp;Score Use Case...</source>
        <translation>&amp;Noter le cas d&apos;utilisation...</translation>
    </message>
    <message>
        <source>Edit &amp;Rubric...</source>
        <translation>Modifier la &amp;grille d&apos;évaluation...</translation>
    </message>
    <message>
        <source>Score Use Case</source>
        <translation>Noter le cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>Set your name in the preferences before scoring: every assessment names its assessor.</source>
        <translation>Indiquez votre nom dans les préférences avant de noter : chaque évaluation désigne son évaluateur.</translation>
    </message>
    <message>
        <source>Open Preferences…</source>
        <translation>Ouvrir les préférences…</translation>
    </message>
    <message>
        <source>Cannot open the score sheet</source>
        <translation>Impossible d&apos;ouvrir la feuille de notation</translation>
    </message>
    <message>
        <source>Cannot open the rubric</source>
        <translation>Impossible d&apos;ouvrir la grille d&apos;évaluation</translation>
    </message>
</context>
<context>
    <name>casebook::ui::SearchProblemsLabel</name>
    <message>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1 ?</translation>
    </message>
    <message>
        <source>Try one of %1.</source>
        <translation>Essayez l&apos;un de %1.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… et %n autre.</numerusform>
            <numerusform>… et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a suggestion to put it in the search.</source>
        <translation>Cliquez sur une suggestion pour l&apos;insérer dans la recherche.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::SelectionBox</name>
    <message>
        <source>Which use cases</source>
        <translation>Quels cas d&apos;utilisation</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected use case(s)</source>
        <translation>
            <numerusform>Le cas d&apos;utilisation sélectionné (%n)</numerusform>
            <numerusform>Les %n cas d&apos;utilisation sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Those matching the search (no search now)</source>
        <translation>Ceux qui correspondent à la recherche (aucune recherche pour l&apos;instant)</translation>
    </message>
    <message>
        <source>Those matching the search “%1”</source>
        <translation>Ceux qui correspondent à la recherche « %1 »</translation>
    </message>
    <message>
        <source>&amp;All use cases</source>
        <translation>&amp;Tous les cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>Include rest&amp;ricted use cases</source>
        <translation>Inclure les cas d&apos;utilisation &amp;restreints</translation>
    </message>
    <message>
        <source>Use cases whose sharing level is restricted are left out unless you check this, even when you selected them.</source>
        <translation>Les cas d&apos;utilisation dont le niveau de partage est restreint sont laissés de côté, même si vous les avez sélectionnés, sauf si vous cochez cette case.</translation>
    </message>
</context>
<context>
    <name>casebook::ui::StringListEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add what you typed (Enter)</source>
        <translation>Ajouter ce que vous avez saisi (Entrée)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected entry (%1)</source>
        <translation>Retirer l&apos;entrée sélectionnée (%1)</translation>
    </message>
    <message>
        <source>%1 removes the selected entry</source>
        <translation>%1 retire l&apos;entrée sélectionnée</translation>
    </message>
</context>
<context>
    <name>casebook::ui::SyncActions</name>
    <message>
        <source>S&amp;ync with Team Repository...</source>
        <translation>S&amp;ynchroniser avec le référentiel d&apos;équipe...</translation>
    </message>
    <message>
        <source>Receive the team repository&apos;s changes and send yours.</source>
        <translation>Recevoir les modifications du référentiel d&apos;équipe et envoyer les vôtres.</translation>
    </message>
    <message>
        <source>Sync with Team Repository</source>
        <translation>Synchroniser avec le référentiel d&apos;équipe</translation>
    </message>
    <message>
        <source>The team repository cannot be reached</source>
        <translation>Le référentiel d&apos;équipe est injoignable</translation>
    </message>
    <message>
        <source>The sync did not happen</source>
        <translation>La synchronisation n&apos;a pas eu lieu</translation>
    </message>
    <message>
        <source>The sync did not finish</source>
        <translation>La synchronisation ne s&apos;est pas terminée</translation>
    </message>
    <message>
        <source>Nothing new from the team repository.</source>
        <translation>Rien de nouveau dans le référentiel d&apos;équipe.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n local change(s).</source>
        <translation>
            <numerusform>%n modification locale envoyée.</numerusform>
            <numerusform>%n modifications locales envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisé</translation>
    </message>
    <message>
        <source>Team repository unreachable</source>
        <translation>Référentiel d&apos;équipe injoignable</translation>
    </message>
    <message numerus="yes">
        <source>Synced %1; %n pending change(s)</source>
        <translation>
            <numerusform>Synchronisé le %1 ; %n modification en attente</numerusform>
            <numerusform>Synchronisé le %1 ; %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>; team repository unreachable</source>
        <translation> ; référentiel d&apos;équipe injoignable</translation>
    </message>
    <message>
        <source>Team repository (a connection such as service=casebook-team or postgresql://host/db):</source>
        <translation>Référentiel d&apos;équipe (une connexion comme service=casebook-team ou postgresql://hote/base) :</translation>
    </message>
</context>
<context>
    <name>casebook::ui::TagActions</name>
    <message>
        <source>Add &amp;Tags...</source>
        <translation>Ajouter des &amp;étiquettes...</translation>
    </message>
    <message>
        <source>Re&amp;move Tags...</source>
        <translation>Re&amp;tirer des étiquettes...</translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation>Ajouter des étiquettes</translation>
    </message>
    <message numerus="yes">
        <source>Tags to add to %n use case(s), separated by commas (sdo/oneM2M nests under sdo):</source>
        <translation>
            <numerusform>Étiquettes à ajouter à %n cas d&apos;utilisation, séparées par des virgules (sdo/oneM2M s&apos;imbrique sous sdo) :</numerusform>
            <numerusform>Étiquettes à ajouter aux %n cas d&apos;utilisation, séparées par des virgules (sdo/oneM2M s&apos;imbrique sous sdo) :</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot add the tags</source>
        <translation>Impossible d&apos;ajouter les étiquettes</translation>
    </message>
    <message>
        <source>The selected use cases have no tags.</source>
        <translation>Les cas d&apos;utilisation sélectionnés n&apos;ont pas d&apos;étiquettes.</translation>
    </message>
    <message>
        <source>Remove Tag</source>
        <translation>Retirer une étiquette</translation>
    </message>
    <message>
        <source>Tag to remove:</source>
        <translation>Étiquette à retirer :</translation>
    </message>
    <message>
        <source>Cannot remove the tag</source>
        <translation>Impossible de retirer l&apos;étiquette</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Renommer l&apos;étiquette</translation>
    </message>
    <message>
        <source>New name for &quot;%1&quot; (tags nested under it follow):</source>
        <translation>Nouveau nom pour « %1 » (les étiquettes imbriquées suivent) :</translation>
    </message>
    <message>
        <source>Cannot rename the tag</source>
        <translation>Impossible de renommer l&apos;étiquette</translation>
    </message>
    <message>
        <source>Rename tag &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Renommer l&apos;étiquette « %1 » en « %2 »</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>Fusionner une étiquette</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into:</source>
        <translation>Fusionner « %1 » dans :</translation>
    </message>
    <message>
        <source>Cannot merge the tags</source>
        <translation>Impossible de fusionner les étiquettes</translation>
    </message>
    <message>
        <source>Merge tag &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>Fusionner l&apos;étiquette « %1 » dans « %2 »</translation>
    </message>
    <message>
        <source>Colour of &quot;%1&quot;</source>
        <translation>Couleur de « %1 »</translation>
    </message>
    <message>
        <source>Cannot set the colour</source>
        <translation>Impossible de définir la couleur</translation>
    </message>
</context>
<context>
    <name>casebook::ui::TakeBackActions</name>
    <message>
        <source>&amp;Take Back Last Import...</source>
        <translation>&amp;Annuler la dernière importation...</translation>
    </message>
    <message>
        <source>Take back the last import</source>
        <translation>Annuler la dernière importation</translation>
    </message>
    <message>
        <source>Nothing was imported into this repository, or every import was taken back.</source>
        <translation>Rien n&apos;a été importé dans ce référentiel, ou toutes les importations ont été annulées.</translation>
    </message>
    <message>
        <source>Take back the import of %1 from %2?</source>
        <translation>Annuler l&apos;importation de %1 du %2 ?</translation>
    </message>
    <message>
        <source>Take Back</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>The import was not taken back</source>
        <translation>L&apos;importation n&apos;a pas été annulée</translation>
    </message>
    <message>
        <source>Import taken back</source>
        <translation>Importation annulée</translation>
    </message>
    <message numerus="yes">
        <source>The import of %1 was taken back: %n use case(s) are as they were before it.</source>
        <translation>
            <numerusform>L&apos;importation de %1 a été annulée : %n cas d&apos;utilisation est revenu à son état d&apos;avant l&apos;importation.</numerusform>
            <numerusform>L&apos;importation de %1 a été annulée : %n cas d&apos;utilisation sont revenus à leur état d&apos;avant l&apos;importation.</numerusform>
        </translation>
    </message>
    <message>
        <source>It added %1, updated %2 and deleted %3 records. Each goes back to how it was before the import; importing the file again brings the same changes.</source>
        <translation>Elle a ajouté %1, mis à jour %2 et supprimé %3 enregistrements. Chacun revient à son état d&apos;avant l&apos;importation ; importer de nouveau le fichier apporte les mêmes modifications.</translation>
    </message>
    <message>
        <source>Taking back the import of %1…</source>
        <translation>Annulation de l&apos;importation de %1…</translation>
    </message>
</context>
<context>
    <name>casebook::ui::UseCaseEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Identity and provenance</source>
        <translation>Identité et provenance</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Technology and interoperability</source>
        <translation>Technologie et interopérabilité</translation>
    </message>
    <message>
        <source>Outcomes and gaps</source>
        <translation>Résultats et lacunes</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Aller à %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Another one, not in the list</source>
        <translation>Un autre, absent de la liste</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add and tick what you typed (Enter)</source>
        <translation>Ajouter et cocher ce que vous avez saisi (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Required: what the use case is about, in a few words</source>
        <translation>Obligatoire : l&apos;objet du cas d&apos;utilisation, en quelques mots</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>Given when saved, e.g. UC-2026-014</source>
        <translation>Attribué à l&apos;enregistrement, p. ex. UC-2026-014</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>e.g. 1.2</source>
        <translation>p. ex. 1.2</translation>
    </message>
    <message>
        <source>Approval &amp;status:</source>
        <translation>&amp;Statut d&apos;approbation :</translation>
    </message>
    <message>
        <source>Source &amp;organization:</source>
        <translation>&amp;Organisation source :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Su&amp;bmitters:</source>
        <translation>Au&amp;teurs :</translation>
    </message>
    <message>
        <source>Submitters</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>No submitters yet. Add the people who contributed this use case.</source>
        <translation>Aucun auteur pour l&apos;instant. Ajoutez les personnes qui ont apporté ce cas d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Source &amp;documents:</source>
        <translation>&amp;Documents sources :</translation>
    </message>
    <message>
        <source>Source documents</source>
        <translation>Documents sources</translation>
    </message>
    <message>
        <source>No source documents yet. Add contributions, meeting reports or links.</source>
        <translation>Aucun document source pour l&apos;instant. Ajoutez des contributions, des rapports de réunion ou des liens.</translation>
    </message>
    <message>
        <source>S&amp;haring level:</source>
        <translation>Niveau de &amp;partage :</translation>
    </message>
    <message>
        <source>&amp;Licence:</source>
        <translation>&amp;Licence :</translation>
    </message>
    <message>
        <source>e.g. CC BY 4.0</source>
        <translation>p. ex. CC BY 4.0</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue :</translation>
    </message>
    <message>
        <source>Language of the text, e.g. en, ar, zh-Hans</source>
        <translation>Langue du texte, p. ex. en, ar, zh-Hans</translation>
    </message>
    <message>
        <source>&amp;Verticals:</source>
        <translation>Secteurs &amp;verticaux :</translation>
    </message>
    <message>
        <source>S&amp;DGs:</source>
        <translation>O&amp;DD :</translation>
    </message>
    <message>
        <source>&amp;U4SSC KPI codes:</source>
        <translation>Codes d&apos;ICP &amp;U4SSC :</translation>
    </message>
    <message>
        <source>A KPI code from ITU-T Y.4903, then Enter</source>
        <translation>Un code d&apos;ICP de l&apos;UIT-T Y.4903, puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Countries:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>Type a country name or ISO code, then Enter</source>
        <translation>Tapez le nom d&apos;un pays ou son code ISO, puis Entrée</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known country</source>
        <translation>« %1 » n&apos;est pas un pays connu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a known country (did you mean %2?)</source>
        <translation>« %1 » n&apos;est pas un pays connu (vouliez-vous dire %2 ?)</translation>
    </message>
    <message>
        <source>Development conte&amp;xt:</source>
        <translation>Conte&amp;xte de développement :</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>Re&amp;lation :</translation>
    </message>
    <message>
        <source>Deployment s&amp;tage:</source>
        <translation>S&amp;tade de déploiement :</translation>
    </message>
    <message>
        <source>Use case UUID</source>
        <translation>UUID du cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Related use cas&amp;es:</source>
        <translation>Cas d&apos;utilisation conn&amp;exes :</translation>
    </message>
    <message>
        <source>Related use cases</source>
        <translation>Cas d&apos;utilisation connexes</translation>
    </message>
    <message>
        <source>No related use cases. Add one by its UUID.</source>
        <translation>Aucun cas d&apos;utilisation connexe. Ajoutez-en un par son UUID.</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <source>A few sentences a reader sees first</source>
        <translation>Quelques phrases que le lecteur voit en premier</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Objectifs :</translation>
    </message>
    <message>
        <source>&amp;Problem and why current standards fall short:</source>
        <translation>&amp;Problème et insuffisances des normes actuelles :</translation>
    </message>
    <message>
        <source>&amp;Benefits:</source>
        <translation>&amp;Avantages :</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Actors:</source>
        <translation>&amp;Acteurs :</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>No actors yet. Add the people, devices, systems and organizations involved.</source>
        <translation>Aucun acteur pour l&apos;instant. Ajoutez les personnes, dispositifs, systèmes et organisations concernés.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>S&amp;cenarios:</source>
        <translation>S&amp;cénarios :</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>No scenarios yet. Add one, then its numbered steps below.</source>
        <translation>Aucun scénario pour l&apos;instant. Ajoutez-en un, puis ses étapes numérotées ci-dessous.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Data model or standard</source>
        <translation>Modèle de données ou norme</translation>
    </message>
    <message>
        <source>&amp;Information exchanged:</source>
        <translation>&amp;Informations échangées :</translation>
    </message>
    <message>
        <source>Information exchanged</source>
        <translation>Informations échangées</translation>
    </message>
    <message>
        <source>Nothing listed yet. Add each piece of information and the data model that carries it.</source>
        <translation>Rien pour l&apos;instant. Ajoutez chaque information et le modèle de données qui la porte.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Facet</source>
        <translation>Facette</translation>
    </message>
    <message>
        <source>Conformance tested</source>
        <translation>Conformité testée</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>&amp;Standards used:</source>
        <translation>&amp;Normes utilisées :</translation>
    </message>
    <message>
        <source>Standards used</source>
        <translation>Normes utilisées</translation>
    </message>
    <message>
        <source>No standards yet. Add each standard with the interoperability facet it serves.</source>
        <translation>Aucune norme pour l&apos;instant. Ajoutez chaque norme avec la facette d&apos;interopérabilité qu&apos;elle sert.</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Norme</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Interfaces (pivotal points of interoperability):</source>
        <translation>&amp;Interfaces (points pivots de l&apos;interopérabilité) :</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>Interfaces</translation>
    </message>
    <message>
        <source>No interfaces yet. Add the points where actors connect and the standard used there.</source>
        <translation>Aucune interface pour l&apos;instant. Ajoutez les points où les acteurs se connectent et la norme qui y est utilisée.</translation>
    </message>
    <message>
        <source>&amp;Platforms:</source>
        <translation>&amp;Plateformes :</translation>
    </message>
    <message>
        <source>e.g. FIWARE Context Broker, then Enter</source>
        <translation>p. ex. FIWARE Context Broker, puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Connectivity:</source>
        <translation>&amp;Connectivité :</translation>
    </message>
    <message>
        <source>Device &amp;onboarding:</source>
        <translation>Intégration des disp&amp;ositifs :</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S&apos;applique à</translation>
    </message>
    <message>
        <source>Globally unique</source>
        <translation>Unique au niveau mondial</translation>
    </message>
    <message>
        <source>Resolvable</source>
        <translation>Résoluble</translation>
    </message>
    <message>
        <source>I&amp;dentifier schemes:</source>
        <translation>Schémas d&apos;i&amp;dentifiants :</translation>
    </message>
    <message>
        <source>Identifier schemes</source>
        <translation>Schémas d&apos;identifiants</translation>
    </message>
    <message>
        <source>No identifier schemes yet. Add how devices, applications and data are identified.</source>
        <translation>Aucun schéma d&apos;identifiants pour l&apos;instant. Ajoutez la façon dont dispositifs, applications et données sont identifiés.</translation>
    </message>
    <message>
        <source>Securit&amp;y and privacy measures:</source>
        <translation>Mesures de sécurit&amp;é et de confidentialité :</translation>
    </message>
    <message>
        <source>Security &amp;baselines:</source>
        <translation>&amp;Référentiels de sécurité :</translation>
    </message>
    <message>
        <source>e.g. ETSI EN 303 645, then Enter</source>
        <translation>p. ex. ETSI EN 303 645, puis Entrée</translation>
    </message>
    <message>
        <source>Data &amp;governance:</source>
        <translation>&amp;Gouvernance des données :</translation>
    </message>
    <message>
        <source>Ownership, access, sharing agreements, licences</source>
        <translation>Propriété, accès, accords de partage, licences</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Source des données</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>Qualité des données</translation>
    </message>
    <message>
        <source>U4SSC code</source>
        <translation>Code U4SSC</translation>
    </message>
    <message>
        <source>&amp;KPIs:</source>
        <translation>&amp;ICP :</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>ICP</translation>
    </message>
    <message>
        <source>No KPIs yet. Add each indicator with its values as written, units included.</source>
        <translation>Aucun ICP pour l&apos;instant. Ajoutez chaque indicateur avec ses valeurs telles qu&apos;écrites, unités comprises.</translation>
    </message>
    <message>
        <source>&amp;Lessons learned:</source>
        <translation>&amp;Enseignements tirés :</translation>
    </message>
    <message>
        <source>&amp;Replicable components:</source>
        <translation>Composants &amp;reproductibles :</translation>
    </message>
    <message>
        <source>Candidate SDO</source>
        <translation>ODN candidate</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Standardization &amp;gaps:</source>
        <translation>&amp;Lacunes de normalisation :</translation>
    </message>
    <message>
        <source>Standardization gaps</source>
        <translation>Lacunes de normalisation</translation>
    </message>
    <message>
        <source>No gaps recorded. Add what current standards do not cover, and who could work on it.</source>
        <translation>Aucune lacune consignée. Ajoutez ce que les normes actuelles ne couvrent pas, et qui pourrait y travailler.</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>⚠ %1 %2</source>
        <translation>⚠ %1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ This use case cannot be saved yet: %1</source>
        <translation>⚠ Ce cas d&apos;utilisation ne peut pas encore être enregistré : %1</translation>
    </message>
    <message>
        <source>New use case, not saved yet</source>
        <translation>Nouveau cas d&apos;utilisation, pas encore enregistré</translation>
    </message>
    <message>
        <source>Revision %1</source>
        <translation>Révision %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>créé le %1</translation>
    </message>
    <message>
        <source>modified %1</source>
        <translation>modifié le %1</translation>
    </message>
    <message>
        <source>modified %1 by %2</source>
        <translation>modifié le %1 par %2</translation>
    </message>
    <message>
        <source>UUID %1</source>
        <translation>UUID %1</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>information producer</source>
        <translation>producteur d&apos;information</translation>
    </message>
    <message>
        <source>information receiver</source>
        <translation>récepteur d&apos;information</translation>
    </message>
    <message>
        <source>information exchanged</source>
        <translation>informations échangées</translation>
    </message>
    <message>
        <source>primary actor</source>
        <translation>acteur principal</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used twice</source>
        <translation>« %1 » est utilisé deux fois</translation>
    </message>
    <message>
        <source>New rows get the next free %1n</source>
        <translation>Les nouvelles lignes reçoivent le prochain %1n libre</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>ITU-D &amp;regions:</source>
        <translation>&amp;Régions de l&apos;UIT-D :</translation>
    </message>
    <message>
        <source>ITU-T &amp;Questions:</source>
        <translation>&amp;Questions de l&apos;UIT-T :</translation>
    </message>
    <message>
        <source>e.g. Q2/20, then Enter</source>
        <translation>p. ex. Q2/20, puis Entrée</translation>
    </message>
    <message>
        <source>Related Reco&amp;mmendations or work items:</source>
        <translation>Reco&amp;mmandations ou sujets d&apos;étude associés :</translation>
    </message>
    <message>
        <source>e.g. ITU-T Y.4500.1 or a work item, then Enter</source>
        <translation>p. ex. UIT-T Y.4500.1 ou un sujet d&apos;étude, puis Entrée</translation>
    </message>
    <message>
        <source>The development context of each country the use case is deployed in</source>
        <translation>Le contexte de développement de chaque pays où le cas d&apos;utilisation est déployé</translation>
    </message>
    <message>
        <source>Scop&amp;e:</source>
        <translation>Port&amp;ée :</translation>
    </message>
    <message>
        <source>What the use case covers and what it leaves out</source>
        <translation>Ce que couvre le cas d&apos;utilisation et ce qu&apos;il laisse de côté</translation>
    </message>
    <message>
        <source>Assu&amp;mptions:</source>
        <translation>Hypo&amp;thèses :</translation>
    </message>
    <message>
        <source>Something taken as given, then Enter</source>
        <translation>Quelque chose de tenu pour acquis, puis Entrée</translation>
    </message>
    <message>
        <source>Pre&amp;requisites:</source>
        <translation>Conditions p&amp;réalables :</translation>
    </message>
    <message>
        <source>Something that must be in place first, then Enter</source>
        <translation>Quelque chose qui doit être en place d&apos;abord, puis Entrée</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Re&amp;quirements:</source>
        <translation>E&amp;xigences :</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Exigences</translation>
    </message>
    <message>
        <source>No requirements yet. Add what the use case needs, e.g. R-1 performance: a reading arrives within 15 minutes; steps and information refer to them by id.</source>
        <translation>Aucune exigence pour l&apos;instant. Ajoutez ce dont le cas d&apos;utilisation a besoin, p. ex. R-1 performance : une mesure arrive en moins de 15 minutes ; les étapes et les informations y renvoient par leur identifiant.</translation>
    </message>
    <message>
        <source>Tick each one that applies: the arrows move, Space ticks</source>
        <translation>Cochez chaque élément pertinent : les flèches pour se déplacer, Espace pour cocher</translation>
    </message>
    <message>
        <source>The record&apos;s review stage, from draft to agreed or superseded</source>
        <translation>Le stade d&apos;examen de l&apos;enregistrement, de « Projet » à « Approuvé » ou « Remplacé »</translation>
    </message>
    <message>
        <source>The organization the use case comes from</source>
        <translation>L&apos;organisation dont provient le cas d&apos;utilisation</translation>
    </message>
    <message>
        <source>Who may receive it: a restricted record leaves in no export by default</source>
        <translation>Qui peut le recevoir : par défaut, un enregistrement restreint ne figure dans aucune exportation</translation>
    </message>
    <message>
        <source>Whether it is tied to a region, a country or one place</source>
        <translation>S&apos;il est lié à une région, à un pays ou à un lieu</translation>
    </message>
    <message>
        <source>How far it has got, from a concept to several sites</source>
        <translation>Son degré d&apos;avancement, du concept à plusieurs sites</translation>
    </message>
    <message>
        <source>The complete description: how it works and who does what</source>
        <translation>La description complète : comment il fonctionne et qui fait quoi</translation>
    </message>
    <message>
        <source>What the use case sets out to achieve</source>
        <translation>Ce que le cas d&apos;utilisation vise à accomplir</translation>
    </message>
    <message>
        <source>The situation today, and what standards miss or get wrong</source>
        <translation>La situation actuelle, et ce que les normes omettent ou traitent mal</translation>
    </message>
    <message>
        <source>What improves, and for whom</source>
        <translation>Ce qui s&apos;améliore, et pour qui</translation>
    </message>
    <message>
        <source>How data, devices and people&apos;s privacy are protected</source>
        <translation>Comment les données, les dispositifs et la vie privée des personnes sont protégés</translation>
    </message>
    <message>
        <source>What worked, what did not, and what others should know</source>
        <translation>Ce qui a fonctionné, ce qui n&apos;a pas fonctionné, et ce que d&apos;autres devraient savoir</translation>
    </message>
    <message>
        <source>Parts another deployment could reuse</source>
        <translation>Éléments qu&apos;un autre déploiement pourrait réutiliser</translation>
    </message>
</context>
<context>
    <name>casebook::ui::UseCaseListModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Verticals</source>
        <translation>Secteurs verticaux</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Not assessed against &quot;%1&quot;</source>
        <translation>Non évalué selon « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Median of %n assessor(s) against &quot;%1&quot; version %2</source>
        <translation>
            <numerusform>Médiane de %n évaluateur selon « %1 » version %2</numerusform>
            <numerusform>Médiane de %n évaluateurs selon « %1 » version %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 (partial, %2% covered)</source>
        <translation>%1 (partiel, %2 % couvert)</translation>
    </message>
    <message>
        <source>ITU-D regions</source>
        <translation>Régions de l&apos;UIT-D</translation>
    </message>
</context>
<context>
    <name>casebook::ui::VocabularyCheckModel</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not in the list: %1</source>
        <translation>Absent de la liste : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>casebook::ui::WeightPanel</name>
    <message>
        <source>Weight set</source>
        <translation>Jeu de poids</translation>
    </message>
    <message>
        <source>Save As...</source>
        <translation>Enregistrer sous...</translation>
    </message>
    <message>
        <source>Weigh each &amp;criterion</source>
        <translation>Pondérer chaque &amp;critère</translation>
    </message>
    <message>
        <source>&amp;Reset to Rubric</source>
        <translation>&amp;Rétablir la grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>Beside each weight: the range within which the top of the ranking stays the same.</source>
        <translation>À côté de chaque poids : l&apos;intervalle dans lequel le haut du classement reste le même.</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Poids de %1</translation>
    </message>
    <message>
        <source>Top stays from %1 to %2</source>
        <translation>Le haut reste inchangé de %1 à %2</translation>
    </message>
    <message>
        <source>The use case(s) ranked first stay first while this weight stays between %1 and %2, the other weights unchanged.</source>
        <translation>Le ou les cas d&apos;utilisation classés premiers le restent tant que ce poids reste entre %1 et %2, les autres poids étant inchangés.</translation>
    </message>
    <message>
        <source>Save Weight Set</source>
        <translation>Enregistrer le jeu de poids</translation>
    </message>
    <message>
        <source>Name of the weight set:</source>
        <translation>Nom du jeu de poids :</translation>
    </message>
    <message>
        <source>(changed)</source>
        <translation>(modifié)</translation>
    </message>
    <message>
        <source>Choose a saved set of weights, or the rubric&apos;s own</source>
        <translation>Choisissez un jeu de poids enregistré, ou celui de la grille d&apos;évaluation</translation>
    </message>
    <message>
        <source>Arrows and Page Up or Down change it; the ranking follows</source>
        <translation>Les flèches et Page Up ou Page Down le modifient ; le classement suit</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Casebook: a catalogue of IoT use cases.</source>
        <translation>Casebook : un catalogue de cas d&apos;utilisation de l&apos;IoT.</translation>
    </message>
    <message>
        <source>The repository file (default: %1).</source>
        <translation>Le fichier du référentiel (par défaut : %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Cannot open the repository</source>
        <translation>Impossible d&apos;ouvrir le référentiel</translation>
    </message>
    <message>
        <source>Cannot prepare the repository</source>
        <translation>Impossible de préparer le référentiel</translation>
    </message>
    <message>
        <source>A .casebook bundle to preview and import.</source>
        <translation>Un paquet .casebook à prévisualiser et importer.</translation>
    </message>
</context>
</TS>
