/**
 * Queries people really type, each with the action that must come in its top 3 results, in the
 * language of the site they type it on. Shared by the search tests and `npm run bench:search`.
 */
import type { Lang } from '../../src/schemas';

/** A query typed on the site in `lang`, and the number of the action it must find. */
export type Query = readonly [lang: Lang, query: string, action: number];

export const QUERIES: readonly Query[] = [
	// Acronyms and programme names, and their full names where the text may use only one of them
	['fr', 'INS', 6],
	['fr', 'DMP', 11],
	['fr', 'dossier médical partagé', 11],
	['fr', 'MSSanté', 12],
	['fr', 'messagerie sécurisée', 12],
	['fr', "HOP'EN", 19],
	['fr', 'e-CPS', 5],
	['fr', 'carte CPS', 5],
	['fr', 'APA', 21],
	['fr', 'ESMS', 20],
	['fr', 'CGTS', 10],
	['fr', 'RPPS', 4],
	// Without accents, with and without hyphens
	['fr', 'securite', 9],
	['fr', 'telemedecine', 18],
	['fr', 'télésoin', 18],
	['fr', 'télé-soin', 18],
	['fr', 'hopital numerique', 19],
	['fr', 'allocation personnalisee autonomie', 21],
	// Plurals and several words
	['fr', 'messageries sécurisées', 12],
	['fr', 'ateliers citoyens', 26],
	['fr', 'terminologies', 10],
	['fr', 'carte Vitale', 7],
	['fr', 'identifiant national de santé', 6],
	['fr', 'bouquet de services', 16],
	['fr', 'tour de France', 25],

	// English acronyms, names and the French names English texts quote
	['en', 'INS', 6],
	['en', 'national health identifier', 6],
	['en', 'DMP', 11],
	['en', 'shared medical record', 11],
	['en', 'dossier médical partagé', 11],
	['en', 'MSSanté', 12],
	['en', 'MSSante', 12],
	['en', 'secure messaging', 12],
	['en', "HOP'EN", 19],
	['en', 'e-CPS', 5],
	['en', 'health professional card', 5],
	['en', 'APA', 21],
	['en', 'ESMS', 20],
	// Hyphen variants and English words
	['en', 'telemedicine', 18],
	['en', 'telecare', 18],
	['en', 'tele-care', 18],
	['en', 'cyber-surveillance', 9],
	['en', 'e-prescription', 13],
	// Plurals and several words
	['en', 'workshops', 26],
	['en', 'terminologies', 10],
	['en', 'care pathways', 14],
	['en', 'digital health space', 15],
	['en', 'hospital information systems', 19],
	['en', 'personalised autonomy allowance', 21],
	['en', 'technical doctrine', 3],
];

/** How a reader's query relates to the roadmap's own words. */
export type QueryKind =
	/** The roadmap's own words, or an official name. */
	| 'exact'
	/** The reader's own words for the subject: paraphrase, lay term, jargon the text does not use. */
	| 'lay'
	/** A question, with its question and stop words. */
	| 'question'
	/** A misspelling or a typo. */
	| 'typo'
	/** An abbreviation the text does not use. */
	| 'abbreviation'
	/** The other language's term, typed on this language's site. */
	| 'other-language';

/** A reader's query, the action that must come in its top 3, and what kind of query it is. */
export type ReaderQuery = readonly [lang: Lang, query: string, action: number, kind: QueryKind];

/**
 * Queries written from the dossier (content/source/dossier-2019-04-25.txt) as new readers would
 * type them — patients, health professionals, journalists, readers abroad — before the search was
 * tuned for them (issue 13). Failing ones stay: the pass rate per language is the figure.
 */
export const READER_QUERIES: readonly ReaderQuery[] = [
	// French: the patient's side
	['fr', 'mon dossier médical en ligne', 11, 'lay'],
	['fr', 'dossier patient informatisé', 11, 'lay'],
	['fr', 'carnet de santé numérique', 15, 'lay'],
	['fr', 'mon espace santé', 15, 'lay'],
	['fr', 'ENS', 15, 'abbreviation'],
	['fr', 'espace numerique sante', 15, 'exact'],
	['fr', "qu'est-ce que l'espace numérique de santé", 15, 'question'],
	['fr', 'carte vitale sur smartphone', 7, 'lay'],
	['fr', 'carte vitale dématérialisée', 7, 'lay'],
	['fr', 'carte vital', 7, 'typo'],
	['fr', 'appli carte vitale', 7, 'exact'],
	['fr', 'application carte vitale sur téléphone', 7, 'lay'],
	['fr', 'identifiant unique du patient', 6, 'lay'],
	['fr', 'numéro de sécurité sociale', 6, 'lay'],
	['fr', "qu'est-ce que l'INS", 6, 'question'],
	['fr', 'quand le DMP sera-t-il généralisé', 11, 'question'],
	['fr', 'ordonnance électronique', 13, 'lay'],
	['fr', 'ordonnance numérique', 13, 'lay'],
	['fr', 'ordonance dématérialisée', 13, 'typo'],
	['fr', 'quand arrive la e-prescription', 13, 'question'],
	['fr', 'téléconsultation', 18, 'exact'],
	['fr', 'consultation à distance', 18, 'lay'],
	['fr', 'consulter son médecin en vidéo', 18, 'lay'],
	['fr', 'télémédecine en EHPAD', 18, 'exact'],
	['fr', 'participation des usagers', 26, 'lay'],
	['fr', 'les citoyens peuvent-ils donner leur avis', 26, 'question'],
	// French: the professional's side
	['fr', 'mail sécurisé entre médecins', 12, 'lay'],
	['fr', 'messagerie securisee de sante', 12, 'exact'],
	['fr', 'email sécurisé', 12, 'lay'],
	['fr', 'carte CPS sur téléphone', 5, 'lay'],
	['fr', 'connexion des professionnels sans carte', 5, 'lay'],
	['fr', 'annuaire des professionnels de santé', 4, 'lay'],
	['fr', 'RPPS ADELI', 4, 'exact'],
	['fr', 'outils numériques pour les médecins libéraux', 16, 'lay'],
	['fr', 'coordination des soins', 14, 'lay'],
	['fr', 'parcours de soins numérique', 14, 'lay'],
	['fr', 'informatique des hôpitaux', 19, 'lay'],
	['fr', 'financement informatique hôpital', 19, 'lay'],
	['fr', 'hôpital numérique', 19, 'exact'],
	['fr', 'logiciels des EHPAD', 20, 'lay'],
	['fr', 'maisons de retraite', 20, 'lay'],
	['fr', 'établissements médico-sociaux', 20, 'exact'],
	['fr', 'allocation autonomie personnes âgées', 21, 'lay'],
	['fr', 'prestation autonomie', 21, 'exact'],
	['fr', 'certification des logiciels hospitaliers', 22, 'lay'],
	['fr', 'nomenclatures médicales', 10, 'lay'],
	['fr', 'codage des données de santé', 10, 'lay'],
	['fr', 'interopérabilité obligatoire', 8, 'lay'],
	['fr', 'référentiels opposables', 8, 'exact'],
	// French: governance, security, innovation — the journalist's side
	['fr', 'cybersécurité', 9, 'lay'],
	['fr', 'cyberattaque hôpital', 9, 'lay'],
	['fr', 'piratage informatique', 9, 'lay'],
	['fr', 'rançongiciel', 9, 'lay'],
	['fr', 'cyber securite', 9, 'typo'],
	['fr', 'qui pilote le Health Data Hub', 17, 'question'],
	['fr', 'plateforme des données de santé', 17, 'lay'],
	['fr', 'données de santé pour la recherche', 17, 'lay'],
	['fr', 'HDH', 17, 'abbreviation'],
	['fr', 'agence du numérique en santé', 1, 'exact'],
	['fr', 'ASIP Santé', 1, 'exact'],
	['fr', 'qui dirige la délégation du numérique en santé', 1, 'question'],
	['fr', 'éthique du numérique', 2, 'exact'],
	['fr', "comité d'éthique", 2, 'lay'],
	['fr', 'architecture cible', 3, 'exact'],
	['fr', 'incubateur e-santé', 23, 'lay'],
	['fr', 'start-up innovation santé', 23, 'lay'],
	['fr', 'hôpitaux 3.0', 24, 'exact'],
	['fr', "lieux d'expérimentation", 24, 'lay'],
	['fr', 'rencontres dans les régions', 25, 'lay'],
	// French: English terms typed on the French site
	['fr', 'shared medical record', 11, 'other-language'],
	['fr', 'telemedicine', 18, 'other-language'],
	['fr', 'cybersecurity', 9, 'other-language'],
	['fr', 'secure messaging', 12, 'other-language'],
	['fr', 'digital health space', 15, 'other-language'],
	['fr', 'e-health lab', 23, 'other-language'],
	['fr', 'electronic prescription', 13, 'other-language'],

	// English: the patient's side
	['en', 'electronic health record', 11, 'lay'],
	['en', 'EHR', 11, 'abbreviation'],
	['en', 'my medical records online', 11, 'lay'],
	['en', 'what is the DMP', 11, 'question'],
	['en', 'patient portal', 15, 'lay'],
	['en', 'personal health space', 15, 'lay'],
	['en', 'Mon espace santé', 15, 'other-language'],
	['en', 'ENS', 15, 'abbreviation'],
	['en', 'health insurance card app', 7, 'lay'],
	['en', 'Vitale card on my phone', 7, 'lay'],
	['en', 'carte vitale', 7, 'other-language'],
	['en', 'what is the INS', 6, 'question'],
	['en', 'unique patient identifier', 6, 'lay'],
	['en', 'social security number', 6, 'lay'],
	['en', 'electronic prescription', 13, 'lay'],
	['en', 'eprescription', 13, 'typo'],
	['en', 'e-prescribing', 13, 'lay'],
	['en', 'when will e-prescription be rolled out', 13, 'question'],
	['en', 'teleconsultation', 18, 'lay'],
	['en', 'remote consultation', 18, 'lay'],
	['en', 'video consultation with a doctor', 18, 'lay'],
	['en', 'telehealth', 18, 'lay'],
	['en', 'citizen participation', 26, 'lay'],
	['en', 'how can patients have a say', 26, 'question'],
	// English: the professional's side
	['en', 'secure email for doctors', 12, 'lay'],
	['en', 'encrypted messaging', 12, 'lay'],
	['en', 'CPS card on a smartphone', 5, 'lay'],
	['en', 'single sign-on for health professionals', 5, 'lay'],
	['en', 'directory of health professionals', 4, 'lay'],
	['en', 'services for doctors', 16, 'lay'],
	['en', 'care coordination tools', 14, 'lay'],
	['en', 'hospital IT', 19, 'lay'],
	['en', 'funding for hospital IT', 19, 'lay'],
	['en', 'nursing home software', 20, 'lay'],
	['en', 'care homes', 20, 'lay'],
	['en', 'medico-social', 20, 'exact'],
	['en', 'elderly care allowance', 21, 'lay'],
	['en', 'personalized autonomy allowance', 21, 'typo'],
	['en', 'certification of hospital software', 22, 'lay'],
	['en', 'medical terminology server', 10, 'lay'],
	['en', 'coding health data', 10, 'lay'],
	['en', 'mandatory interoperability standards', 8, 'lay'],
	['en', 'compliance checks', 8, 'exact'],
	// English: governance, security, innovation — the journalist's and the foreign reader's side
	['en', 'cybersecurity', 9, 'lay'],
	['en', 'cyber attacks on hospitals', 9, 'lay'],
	['en', 'ransomware', 9, 'lay'],
	['en', 'security incident reporting', 9, 'exact'],
	['en', 'cyber securty', 9, 'typo'],
	['en', 'who runs the Health Data Hub', 17, 'question'],
	['en', 'health data platform for research', 17, 'lay'],
	['en', 'HDH', 17, 'abbreviation'],
	['en', 'big data', 17, 'lay'],
	['en', 'digital health agency', 1, 'exact'],
	['en', 'who leads digital health in France', 1, 'question'],
	['en', 'ASIP Santé', 1, 'other-language'],
	['en', 'ethics committee', 2, 'lay'],
	['en', 'target architecture', 3, 'exact'],
	['en', 'innovation lab', 23, 'lay'],
	['en', 'startups', 23, 'lay'],
	['en', 'test beds for innovation', 24, 'lay'],
	['en', 'roadshow in the regions', 25, 'lay'],
	['en', 'telemedecine', 18, 'typo'],
	['en', 'when is the digital health space coming', 15, 'question'],
	['en', 'what does the ANS do', 1, 'question'],
	['en', 'ASIP', 1, 'abbreviation'],
	['en', 'who funds IT in care homes', 20, 'question'],
	['en', 'pharmacist e-prescription', 13, 'lay'],
	['en', 'identity of health professionals', 4, 'lay'],
	['en', 'AI ethics', 2, 'lay'],
	['en', 'tour de France e-santé', 25, 'other-language'],
	// English: French terms typed on the English site
	['en', 'ordonnance électronique', 13, 'other-language'],
	['en', 'télémédecine', 18, 'other-language'],
	['en', 'cybersécurité', 9, 'other-language'],
	['en', 'messagerie sécurisée', 12, 'other-language'],
	['en', 'hôpital numérique', 19, 'other-language'],
	['en', 'délégation du numérique en santé', 1, 'other-language'],
];
