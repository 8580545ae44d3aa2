/**
 * French SDG target queries, written for sdg-align, MIT; French counterpart of the Aurora SDG
 * queries v5.0.3 (CC BY 4.0, https://doi.org/10.5281/zenodo.3817445) and of the UN French target and
 * indicator texts (A/RES/70/1, A/RES/71/313; open-sdg/sdg-translations, MIT).
 *
 * For each of the 169 targets, 1 to 5 queries built from the intent of the Aurora query of the same
 * target (translated, not word for word), the official French wording of the target and of its
 * indicators, and the vocabulary French UN agencies, ministries, AFD, NGOs and local authorities use
 * in the field. No sentence of any source is copied: the queries are short combinations of terms.
 *
 * Syntax: the one of `src/query/parse.ts` (Scopus precedence: OR, then W/n, then AND, then
 * AND NOT). Terms are matched on their French Porter stem, `abc*` on the accent-free prefix.
 * Conventions: lower case, NFC, ASCII apostrophe. A query adds evidence for its target whenever it
 * matches, so broad words are combined (`W/n`) with a word that pins the target down; single
 * terms are used only when they are unambiguous for the target (`paludisme`, `désertification`).
 *
 * French stems are shorter than English ones, so several words were written as a prefix or a
 * phrase because their stem is shared with an unrelated word: employabilité/emploi, assurance/
 * assurer, indicateurs/indiquer, misère/misérable, amiante/ami, boisement/bois, foyer/foi,
 * station/stationnement, redevabilité/redevance, importations/important, élèves/élevé, traite/
 * traitement, mer/mère, climat/climatique (« climat scolaire »), PLUi/pluie.
 *
 * Ids are `fr-<target>-<n>`, n being the position of the query in its target's list: add new
 * queries at the end of a list so that existing ids stay stable.
 */

/** Developing countries, least developed countries, SIDS, LLDCs (UN French wording and usual variants). */
const PED = `("pays en développement" OR "pays en voie de développement" OR "moins avancés" OR "petits états insulaires" OR "pays du sud" OR "pays à faible revenu" OR "sans littoral")`;
/**
 * Ocean, sea and coast (Aurora's ocean/marine/coast/sea group). Bare `mer` is left out: its stem is
 * also the one of « mère », and it is in « outre-mer ». `littoral` is written with its article or as a
 * prefix: « pays sans littoral » (landlocked) must not match.
 */
const MER = `("océan*" OR "en mer" OR "marin" OR "marine" OR "marines" OR "marins" OR "côtier*" OR "côtière*" OR "le littoral" OR "du littoral" OR "au littoral" OR "littoraux*" OR "littorale*" OR "maritime*" OR "récif*" OR "lagon*")`;
/** Reduce, end, fight (verbs and nouns). */
const REDUIRE = `("réduire" OR "réduction" OR "diminuer" OR "diminution" OR "baisse" OR "recul" OR "élimin*" OR "éradi*" OR "fin" OR "lutte" OR "lutter" OR "combattre" OR "prévenir" OR "prévention")`;
/**
 * Climate change, the way French institutional texts name it. `climat` and `climatique` share a stem,
 * and « climat scolaire », « climat social », « climat des affaires » are not about climate: hence
 * the prefix `climatique*` (changement climatique, enjeux climatiques) and a few phrases for the noun.
 */
const CLIMAT = `("climatique*" OR "pour le climat" OR "en faveur du climat" OR "protection du climat" OR "défense du climat")`;

const BY_TARGET: ReadonlyArray<readonly [target: string, queries: readonly string[]]> = [
  // Goal 1: pauvreté
  ['1.1', [
    `"extrême pauvreté" OR "pauvreté extrême" OR "grande pauvreté" OR "pauvreté chronique" OR "pauvreté persistante" OR "misère*"`,
    `("pauvreté") W/3 ("élimin*" OR "éradi*" OR "fin" OR "lutte" OR "lutter" OR "combattre" OR "réduire" OR "réduction" OR "recul" OR "sortir" OR "sortie")`,
    `(("seuil" OR "seuils") W/3 ("pauvreté")) W/4 ("international*" OR "mondial*" OR "dollar*" OR "par jour")`,
    `"1,25 dollar*" OR "1,90 dollar*" OR "2,15 dollar*"`,
  ]],
  ['1.2', [
    `("seuil" OR "seuils" OR "taux") W/3 ("pauvreté")`,
    `("pauvreté") W/3 ("multidimensionnelle" OR "toutes ses formes" OR "dimensions" OR "monétaire" OR "infantile" OR "enfants" OR "ménages" OR "familles")`,
    `("enfants" OR "familles" OR "ménages" OR "foyers" OR "travailleurs" OR "personnes") W/2 ("pauvres" OR "en situation de pauvreté" OR "vivant dans la pauvreté" OR "sous le seuil de pauvreté")`,
    `("réduire" OR "réduction" OR "diminuer" OR "diviser") W/3 ("moitié" OR "par deux") W/5 ("pauvreté" OR "pauvres")`,
    `("souffrant" OR "souffrent" OR "vivant" OR "vivent" OR "touchés" OR "touchées" OR "confrontés") W/4 ("pauvreté")`,
  ]],
  ['1.3', [
    `"protection sociale" OR "socle de protection sociale" OR "socles de protection sociale" OR "filets sociaux" OR "filets de sécurité sociale"`,
    `("prestations" OR "minima" OR "transferts" OR "allocations" OR "aides") W/2 ("sociaux" OR "sociales" OR "monétaires" OR "familiales")`,
    `("revenu" W/2 ("minimum" OR "solidarité" OR "base" OR "garanti")) OR ("rsa" W/4 ("bénéficiaires" OR "allocataires" OR "insertion" OR "minima" OR "revenu")) OR "minimum vieillesse" OR "assurance chômage" OR "pensions de retraite"`,
    `("couverture" OR "bénéficiaires" OR "accès" OR "non-recours") W/3 ("protection sociale" OR "aide sociale" OR "droits sociaux" OR "prestations")`,
  ]],
  ['1.4', [
    `("accès" OR "droits") W/3 ("services de base" OR "services sociaux de base" OR "services essentiels" OR "ressources économiques")`,
    `"droits fonciers" OR "sécurité foncière" OR "sécurisation foncière" OR "titres fonciers" OR "titre foncier" OR "accès à la terre" OR "cadastre rural"`,
    `"microfinance" OR "microcrédit*" OR "micro-crédit*" OR "inclusion bancaire" OR "droits successoraux"`,
  ]],
  ['1.5', [
    `("résilience" OR "vulnérabilité" OR "exposition") W/3 ("pauvres" OR "personnes vulnérables" OR "populations vulnérables" OR "ménages vulnérables" OR "plus vulnérables" OR "plus démunis")`,
    `("catastrophe*" OR "chocs" OR "aléas" OR "phénomènes climatiques extrêmes" OR "événements climatiques extrêmes") W/8 ("pauvres" OR "pauvreté" OR "vulnérables" OR "démunis")`,
    `("catastrophe*") W/3 ("pertes économiques" OR "décès" OR "personnes touchées" OR "personnes disparues" OR "sinistrés")`,
  ]],
  ['1.a', [
    `("aide publique au développement" OR "coopération au développement" OR "coopération pour le développement" OR "solidarité internationale") W/8 ("pauvreté")`,
    `("mobilis*" OR "financ*" OR "ressources") W/5 ("lutte contre la pauvreté" OR "réduction de la pauvreté" OR "élimination de la pauvreté" OR "éradication de la pauvreté")`,
    `("dépenses publiques" OR "budget de l'état" OR "dépenses de l'état") W/4 ("services essentiels" OR "services sociaux de base")`,
    `(${PED} OR "coopération pour le développement" OR "coopération au développement") W/15 ("pauvreté")`,
  ]],
  ['1.b', [
    `("stratégie*" OR "plan" OR "plans" OR "cadre*" OR "politique*" OR "programme*") W/4 ("réduction de la pauvreté" OR "lutte contre la pauvreté" OR "élimination de la pauvreté" OR "prévention de la pauvreté" OR "prévention et de lutte contre la pauvreté")`,
    `("dépenses" OR "investissement*" OR "budget*" OR "politiques" OR "stratégies") W/3 ("favorables aux pauvres" OR "en faveur des pauvres" OR "pro-pauvres")`,
    `("investi*") W/3 ("pauvreté")`,
  ]],

  // Goal 2: faim, agriculture
  ['2.1', [
    `("faim") W/3 ("élimin*" OR "éradi*" OR "fin" OR "lutte" OR "lutter" OR "contre" OR "souffr*" OR "réduire" OR "zéro" OR "monde" OR "personnes" OR "populations")`,
    `"famine*" OR "sous-alimentation" OR "sous-alimenté*" OR "insécurité alimentaire" OR "sécurité alimentaire"`,
    `"accès à l'alimentation" OR "accès à une alimentation" OR "accès aux aliments" OR "accès à la nourriture" OR "droit à l'alimentation" OR (("alimentation" OR "nourriture") W/2 ("saine" OR "nutritive" OR "suffisante" OR "équilibrée" OR "de qualité"))`,
    `"aide alimentaire" OR "banque alimentaire" OR "banques alimentaires" OR "colis alimentaires" OR "distributions alimentaires" OR "épicerie sociale" OR "épiceries solidaires" OR "précarité alimentaire"`,
  ]],
  ['2.2', [
    `"malnutri*" OR "dénutri*" OR "émaciation" OR "émacié*" OR "carences nutritionnelles" OR "micronutriments" OR "anémie"`,
    `("retard de croissance" OR "retards de croissance") W/5 ("enfant*" OR "moins de 5 ans" OR "nourrisson*" OR "prévalence")`,
    `("besoins nutritionnels" OR "nutrition" OR "état nutritionnel") W/4 ("femmes enceintes" OR "allaitantes" OR "adolescentes" OR "personnes âgées" OR "enfants" OR "nourrissons")`,
    `("obésité" OR "surpoids") W/3 ("infantile" OR "enfant*" OR "prévalence" OR "jeunes")`,
  ]],
  ['2.3', [
    `"productivité agricole" OR "rendements agricoles" OR "production agricole" OR "doubler la productivité"`,
    `("petits" OR "petites") W/2 ("producteurs" OR "exploitants" OR "exploitations" OR "agriculteurs" OR "paysans" OR "éleveurs")`,
    `("revenu" OR "revenus") W/3 ("agriculteurs" OR "producteurs" OR "paysans" OR "éleveurs" OR "agricole" OR "agricoles")`,
    `(("installation" OR "transmission" OR "reprise") W/3 ("agricole" OR "agricoles" OR "agriculteurs" OR "exploitations")) OR "agriculture familiale" OR "exploitations familiales"`,
    `("accès") W/3 ("terres" OR "foncier") W/3 ("agricole*" OR "agriculteurs" OR "producteurs" OR "paysans")`,
  ]],
  ['2.4', [
    `("agricultur*" OR "agricole" OR "agricoles" OR "pratiques culturales" OR "élevage*") W/4 ("durable*" OR "résilien*" OR "biologique*" OR "agroécologi*" OR "raisonnée" OR "adaptation" OR "bas carbone" OR "bas-carbone")`,
    `"agroécologi*" OR "agro-écologi*" OR "agroforesterie" OR "permaculture" OR "agriculture de conservation" OR "agriculture biologique"`,
    `(("système alimentaire" OR "systèmes alimentaires" OR "production alimentaire" OR "productions alimentaires") W/3 ("durable*" OR "résilient*" OR "viabilité" OR "transition")) OR "projet alimentaire territorial" OR "projets alimentaires territoriaux"`,
    `(("réduction" OR "réduire" OR "sortie" OR "usage" OR "utilisation") W/3 ("pesticides" OR "produits phytosanitaires" OR "intrants chimiques" OR "engrais de synthèse")) OR "fertilité des sols" OR "santé des sols"`,
  ]],
  ['2.5', [
    `("diversité génétique" OR "ressources génétiques" OR "patrimoine génétique") W/8 ("semences" OR "cultures" OR "plantes" OR "animaux" OR "races" OR "variétés" OR "agricole*" OR "alimentation" OR "élevage")`,
    `(("banque*" OR "conservatoire*") W/3 ("semences" OR "gènes" OR "graines" OR "végétal" OR "végétale")) OR "grainothèque*"`,
    `(("races" OR "variétés") W/3 ("locales" OR "anciennes" OR "rustiques" OR "menacées" OR "paysannes" OR "traditionnelles")) OR "semences paysannes"`,
  ]],
  ['2.a', [
    `("investissement*" OR "infrastructure*") W/3 ("rural" OR "rurale" OR "rurales" OR "agricole" OR "agricoles")`,
    `("recherche" OR "vulgarisation" OR "conseil" OR "innovation") W/2 ("agricole" OR "agricoles" OR "agronomique*")`,
    `("aide publique au développement" OR "coopération internationale" OR "dépenses publiques" OR "apports publics") W/6 ("agricole" OR "agricoles" OR "agricultur*")`,
  ]],
  ['2.b', [
    `"subventions à l'exportation" OR "subventions aux exportations" OR "subvention à l'exportation"`,
    `(("distorsion*" OR "restriction*" OR "barrière*" OR "subvention*") W/4 ("échanges" OR "commerce" OR "marchés" OR "exportation*" OR "importation*")) W/6 ("agricole" OR "agricoles" OR "agricultur*")`,
    `(("marchés" OR "commerce" OR "échanges" OR "exportations" OR "importation*") W/2 ("agricole" OR "agricoles")) W/3 ("mondia*" OR "internationa*")`,
    `("doha") W/6 ("agricole" OR "agricoles" OR "agricultur*")`,
  ]],
  ['2.c', [
    `("prix alimentaires" OR "prix des denrées" OR "prix des produits alimentaires" OR "prix des aliments" OR "prix des céréales" OR "prix agricoles") W/4 ("volatilité" OR "flambée" OR "hausse" OR "envolée" OR "anomalie*" OR "instabilité" OR "crise")`,
    `("volatilité des prix") W/5 ("alimentaire*" OR "agricole*" OR "denrées" OR "céréales")`,
    `(("réserves" OR "stocks") W/2 ("alimentaires" OR "céréaliers" OR "de céréales" OR "de sécurité")) OR ("marchés" W/3 ("denrées alimentaires" OR "produits de base" OR "matières premières agricoles"))`,
  ]],

  // Goal 3: santé
  ['3.1', [
    `("mortalité" OR "décès" OR "morts") W/2 ("maternelle" OR "maternelles" OR "maternels")`,
    `("accouchement*" OR "naissances") W/4 ("personnel qualifié" OR "personnel de santé qualifié" OR "sage-femme" OR "sages-femmes" OR "assistés")`,
    `"santé maternelle" OR "soins prénatals" OR "soins prénataux" OR "consultations prénatales" OR "suivi de grossesse" OR "suivi des grossesses"`,
    `("meurent" OR "mourir" OR "décès" OR "décèdent" OR "mortalité") W/6 ("grossesse" OR "accouchement" OR "en couches")`,
  ]],
  ['3.2', [
    `("mortalité" OR "décès") W/3 ("néonatal*" OR "infantile*" OR "nouveau-nés" OR "nourrissons" OR "enfants de moins de 5 ans" OR "enfants de moins de cinq ans" OR "infanto-juvénile")`,
    `(("santé" OR "soins") W/2 ("néonatal*" OR "nouveau-nés" OR "nouveau-né" OR "nourrissons" OR "nourrisson")) OR "protection maternelle et infantile"`,
  ]],
  ['3.3', [
    `"paludisme" OR "tuberculose" OR "malaria" OR "antipaludique*" OR "antituberculeux"`,
    `"vih" OR "sida" OR "séropositi*" OR "séronégati*" OR "antirétroviraux"`,
    `"hépatite*" OR "maladies tropicales négligées" OR "maladies transmises par l'eau" OR "maladies d'origine hydrique" OR "maladies hydriques" OR "dengue" OR "choléra" OR "ebola" OR "chikungunya" OR "zika"`,
    `("maladies transmissibles" OR "maladies infectieuses" OR "épidémie*" OR "pandémie*" OR "infections sexuellement transmissibles") W/4 ("lutte" OR "lutter" OR "combattre" OR "fin" OR "prévention" OR "riposte" OR "dépistage" OR "incidence")`,
    `("covid*" OR "coronavirus") W/3 ("épidémie" OR "pandémie" OR "lutte" OR "vaccin*" OR "dépistage" OR "malades" OR "patients" OR "contamination*")`,
  ]],
  ['3.4', [
    `"maladies non transmissibles" OR "maladies cardiovasculaires" OR "maladies cardio-vasculaires" OR "maladies respiratoires chroniques" OR "maladies neurodégénératives" OR "vivre en bonne santé" OR (("promotion" OR "promouvoir") W/2 ("santé" OR "bien-être"))`,
    `("cancer*" OR "diabète" OR "maladies chroniques" OR "hypertension" OR "accidents vasculaires cérébraux") W/4 ("prévention" OR "dépistage" OR "mortalité" OR "décès" OR "traitement" OR "prise en charge" OR "patients" OR "soins" OR "lutte")`,
    `("mortalité" OR "décès") W/2 ("prématurée" OR "prématurés" OR "évitable" OR "évitables")`,
    `"santé mentale" OR "santé psychique" OR "troubles psychiques" OR "souffrance psychique" OR "bien-être psychologique" OR "psychiatrie"`,
    `("suicide*" OR "suicidaire*") W/4 ("prévention" OR "taux" OR "mortalité" OR "risque" OR "tentative*" OR "réduire")`,
  ]],
  ['3.5', [
    `"toxicomanie*" OR "substances psychoactives" OR "conduites addictives" OR "addictologie" OR "désintoxication" OR "réduction des risques et des dommages"`,
    `("addiction*" OR "drogue*" OR "stupéfiants" OR "alcool" OR "cannabis") W/4 ("prévention" OR "traitement" OR "prise en charge" OR "soins" OR "sevrage" OR "réduction des risques" OR "abus" OR "dépendance*")`,
    `("consommation" W/2 ("alcool" OR "drogues" OR "stupéfiants")) OR "consommation nocive" OR "alcoolisation" OR "alcoolisme"`,
  ]],
  ['3.6', [
    `("accidents" OR "accidentologie" OR "mortalité" OR "tués" OR "blessés" OR "décès") W/3 ("route" OR "routes" OR "routière" OR "routières" OR "circulation")`,
    `"sécurité routière" OR "alcool au volant" OR "conduite en état d'ivresse" OR "vitesse excessive"`,
  ]],
  ['3.7', [
    `"planification familiale" OR "planning familial" OR "contracepti*" OR "grossesses non désirées" OR "grossesses non planifiées" OR "grossesses précoces"`,
    `"santé sexuelle" OR "santé procréative" OR "santé reproductive" OR "santé de la reproduction"`,
    `("natalité" OR "grossesse*" OR "maternité*" OR "mères") W/3 ("adolescent*" OR "précoce*" OR "mineures")`,
  ]],
  ['3.8', [
    `"couverture sanitaire universelle" OR "couverture santé universelle" OR "couverture maladie universelle" OR "assurance maladie universelle" OR "complémentaire santé solidaire"`,
    `("accès") W/3 ("soins" OR "services de santé" OR "médecin" OR "médecins" OR "offre de soins" OR "santé")`,
    `"dépenses de santé" OR "reste à charge" OR "frais de santé" OR "renoncement aux soins" OR "dépenses catastrophiques"`,
    `"déserts médicaux" OR "désert médical" OR "offre de soins" OR "soins de santé primaires" OR "soins primaires" OR "maisons de santé" OR "maison de santé" OR "centres de santé" OR "centre de santé"`,
  ]],
  ['3.9', [
    `("pollution" OR "contamination" OR "polluants" OR "substances chimiques dangereuses" OR "produits chimiques dangereux") W/5 ("décès" OR "mortalité" OR "maladies" OR "santé" OR "sanitaire*" OR "morts" OR "exposition")`,
    `"air intérieur" OR "radon" OR "monoxyde de carbone" OR "intoxication*" OR "empoisonnement*" OR "saturnisme"`,
    `("mortalité" OR "décès" OR "maladies") W/6 ("insalubrité" OR "eau insalubre" OR "manque d'hygiène" OR "assainissement")`,
    `"santé environnementale" OR "santé-environnement" OR "santé environnement" OR "perturbateurs endocriniens" OR "exposome"`,
  ]],
  ['3.a', [
    `"tabagisme" OR "antitabac" OR "anti-tabac" OR "tabagique*" OR "sans tabac" OR "lutte antitabac"`,
    `("tabac" OR "cigarette*" OR "fumeurs") W/4 ("consommation" OR "prévention" OR "lutte" OR "arrêt" OR "sevrage" OR "prévalence" OR "dépendance" OR "santé")`,
  ]],
  ['3.b', [
    `("recherche" OR "mise au point" OR "recherche-développement" OR "innovation") W/4 ("vaccin*" OR "médicaments" OR "traitements")`,
    `("médicaments" OR "vaccins") W/3 ("essentiels" OR "abordable*" OR "coût abordable" OR "génériques" OR "prix")`,
    `"couverture vaccinale" OR "vaccination" OR "vaccinations" OR "calendrier vaccinal" OR "programme de vaccination" OR "taux de vaccination"`,
    `"adpic" OR ("propriété intellectuelle" W/6 ("santé publique" OR "médicaments" OR "vaccins"))`,
  ]],
  ['3.c', [
    `("personnel de santé" OR "personnels de santé" OR "personnels soignants" OR "professionnels de santé" OR "soignants" OR "médecins" OR "infirmiers" OR "infirmières" OR "sages-femmes") W/4 ("recrutement" OR "formation" OR "fidélisation" OR "maintien" OR "densité" OR "répartition" OR "pénurie" OR "installation" OR "attractivité" OR "manque")`,
    `("budget" OR "financement" OR "financements" OR "dépenses") W/3 ("santé" OR "système de santé" OR "systèmes de santé")`,
  ]],
  ['3.d', [
    `"règlement sanitaire international"`,
    `("urgences sanitaires" OR "urgence sanitaire" OR "crises sanitaires" OR "crise sanitaire" OR "risques sanitaires" OR "menaces sanitaires" OR "alerte sanitaire" OR "veille sanitaire") W/4 ("préparation" OR "gestion" OR "alerte" OR "réponse" OR "riposte" OR "prévention" OR "surveillance" OR "plan")`,
    `"antibiorésistance" OR "résistance aux antimicrobiens" OR "résistance aux antibiotiques" OR "résistants aux antimicrobiens" OR "one health" OR "une seule santé"`,
    `("alerte précoce" OR "alerte rapide" OR "système d'alerte") W/5 ("sanitaire*" OR "santé" OR "épidémi*")`,
  ]],

  // Goal 4: éducation
  ['4.1', [
    `("enseignement" OR "éducation" OR "cycle" OR "scolarisation" OR "scolarité") W/3 ("primaire" OR "secondaire")`,
    `"décrochage scolaire" OR "abandon scolaire" OR "déscolarisation" OR "réussite scolaire" OR "échec scolaire" OR "persévérance scolaire" OR "réussite éducative"`,
    `("achèvement") W/4 ("primaire" OR "secondaire" OR "scolarité" OR "cycle scolaire")`,
    `("maîtrise*" OR "niveau*" OR "compétences" OR "acquis" OR "apprentissages fondamentaux") W/4 ("lecture" OR "mathématiques")`,
    `"éducation de qualité" OR "enseignement de qualité" OR "gratuité scolaire" OR "gratuité de l'enseignement" OR "scolarisation universelle" OR ("enfants" W/3 "scolaris*")`,
  ]],
  ['4.2', [
    `"préscolaire*" OR "préprimaire" OR "pré-primaire" OR "école maternelle" OR "écoles maternelles"`,
    `"petite enfance" OR "jeune enfant" OR "jeunes enfants"`,
    `"places en crèche" OR "places de crèche" OR (("crèche*" OR "multi-accueil*") W/3 ("petite enfance" OR "berceaux" OR "municipale*" OR "familiale*" OR "collective*" OR "parentale*" OR "intercommunale*")) OR "halte-garderie*" OR "assistants maternels" OR "assistantes maternelles"`,
  ]],
  ['4.3', [
    `"enseignement supérieur" OR "enseignement tertiaire" OR "enseignement technique et professionnel" OR "formation professionnelle initiale" OR "études supérieures"`,
    `("université*" OR "formation professionnelle" OR "enseignement technique" OR "enseignement professionnel") W/4 ("accès" OR "égalité" OR "égal" OR "coût" OR "abordable" OR "gratuit*" OR "frais" OR "qualité" OR "démocratisation")`,
    `(("apprentissage" OR "alternance") W/3 ("apprentis" OR "contrat" OR "contrats" OR "centre de formation" OR "cfa")) OR "centre de formation d'apprentis"`,
    `"formation continue" OR "formation tout au long de la vie" OR "apprentissage tout au long de la vie" OR "éducation des adultes" OR ("formation" W/3 "adultes")`,
  ]],
  ['4.4', [
    `"montée en compétence*" OR "acquisition de compétences" OR "acquisition des compétences" OR "développement des compétences" OR "employabilit*" OR "compétences professionnelles" OR "qualifications professionnelles" OR "compétences transversales" OR "bilan de compétences" OR "formation qualifiante" OR "formations qualifiantes"`,
    `"compétences numériques" OR "compétences informatiques" OR "littératie numérique" OR "inclusion numérique" OR "illectronisme" OR "formation au numérique" OR "médiation numérique"`,
    `("formation" OR "formations") W/3 ("demandeurs d'emploi" OR "chômeurs" OR "salariés" OR "reconversion" OR "insertion professionnelle")`,
    `("compétences" OR "qualifications") W/8 ("entrepreneuriat" OR "travail décent" OR "employabilit*" OR "métiers en tension" OR "emploi durable" OR "nécessaires à l'emploi")`,
  ]],
  ['4.5', [
    `(("égalité" OR "inégalités" OR "parité" OR "disparités" OR "écart*") W/4 ("filles" OR "sexes" OR "genre" OR "garçons")) W/6 ("éducation" OR "enseignement" OR "scolaire*" OR "scolarisation" OR "école*")`,
    `"école inclusive" OR "éducation inclusive" OR "inclusion scolaire" OR "besoins éducatifs particuliers" OR "indices de parité"`,
    `("scolarisation" OR "scolarité" OR "accès à l'éducation" OR "accès à l'enseignement" OR "les élèves" OR "des élèves" OR "aux élèves" OR "étudiants") W/5 ("handicap*" OR "autochtones" OR "vulnérables" OR "migrants" OR "réfugiés" OR "allophones" OR "gens du voyage")`,
  ]],
  ['4.6', [
    `"alphabétisation" OR "alphabétisme" OR "analphabétisme" OR "analphabète*" OR "illettrisme" OR "illettré*" OR "numératie" OR "littératie"`,
    `"lire, écrire et compter" OR "lire, écrire, compter" OR "lire et écrire" OR "savoirs de base" OR "compétences de base" OR "savoirs fondamentaux"`,
    `"cours de français" OR "ateliers sociolinguistiques" OR "français langue étrangère" OR "apprentissage du français" OR "ateliers de français"`,
  ]],
  ['4.7', [
    `("éducation" OR "enseignement" OR "formation") W/3 ("développement durable" OR "citoyenneté mondiale" OR "transition écologique" OR "environnement" OR "modes de vie durables")`,
    `"citoyenneté mondiale" OR "éducation à la citoyenneté" OR "culture de paix" OR "culture de la paix" OR "non-violence" OR "éducation aux droits de l'homme" OR "éducation à l'égalité"`,
    `("diversité culturelle" OR "interculturel*") W/6 ("éducation" OR "les élèves" OR "des élèves" OR "aux élèves" OR "écoles" OR "jeunes" OR "apprendre" OR "sensibilis*")`,
    `"eedd" OR "éducation au développement durable" OR "éco-école*" OR "aires éducatives" OR "aire éducative"`,
  ]],
  ['4.a', [
    `("établissements scolaires" OR "bâtiments scolaires" OR "locaux scolaires" OR "groupe scolaire" OR "groupes scolaires" OR "écoles" OR "collèges" OR "lycées") W/4 ("construction" OR "rénovation" OR "réhabilitation" OR "accessibilité" OR "accessibles" OR "équipement*" OR "adaptés" OR "sûrs" OR "sécurisation" OR "agrandissement" OR "extension")`,
    `("écoles" OR "établissements scolaires" OR "scolaire" OR "scolaires") W/4 ("eau potable" OR "électricité" OR "internet" OR "toilettes" OR "sanitaires" OR "lavage des mains" OR "ordinateurs")`,
    `"cour d'école" OR "cours d'école" OR "cour de récréation" OR "cours de récréation" OR "cours oasis" OR "harcèlement scolaire" OR "violence scolaire" OR "violences scolaires" OR "climat scolaire"`,
  ]],
  ['4.b', [
    `("bourses" OR "bourse" OR "étudiants étrangers" OR "étudiants internationaux") W/8 (${PED} OR "afrique*" OR "africains")`,
    `("bourses d'études" OR "bourse d'études" OR "mobilité" OR "accueil") W/4 ("étudiants") W/6 ("étrangers" OR "internationaux" OR "africains" OR "du sud")`,
  ]],
  ['4.c', [
    `("enseignants" OR "professeurs" OR "instituteurs" OR "formateurs") W/3 ("qualifiés" OR "formation" OR "formés" OR "qualification*" OR "recrutement" OR "pénurie" OR "manque")`,
    `("enseignants" OR "professeurs" OR "formation des maîtres") W/8 (${PED} OR "coopération internationale")`,
  ]],

  // Goal 5: égalité des sexes
  ['5.1', [
    `("discrimination*") W/4 ("femmes" OR "filles" OR "sexe" OR "genre" OR "sexiste*" OR "fondée sur le sexe")`,
    `"égalité femmes-hommes" OR "égalité hommes-femmes" OR "égalité filles-garçons" OR "égalité entre les femmes et les hommes" OR "égalité entre les hommes et les femmes" OR "égalité professionnelle" OR (("égalité" OR "inégalités") W/2 ("femmes" OR "sexes" OR "genre" OR "genres"))`,
    `"sexisme" OR "sexiste*" OR "misogyn*" OR "stéréotypes de genre" OR "stéréotypes sexistes" OR "stéréotypes de sexe" OR "droits des femmes"`,
    `("cadre juridique" OR "législation" OR "loi" OR "lois" OR "droits") W/5 ("égalité des sexes" OR "non-discrimination fondée sur le sexe" OR "égalité entre les sexes")`,
  ]],
  ['5.2', [
    `("violence*") W/4 ("femmes" OR "filles" OR "conjugale*" OR "sexistes" OR "sexuelles" OR "fondées sur le genre" OR "intrafamiliales" OR "partenaire intime")`,
    `"féminicide*" OR "harcèlement sexuel" OR "harcèlement de rue" OR "agressions sexuelles" OR "agression sexuelle" OR "femmes victimes"`,
    `("exploitation sexuelle" OR "prostitution" OR "proxénétisme" OR "traite des femmes" OR "traite des êtres humains" OR "traite d'êtres humains") W/8 ("femmes" OR "filles" OR "sexuelle" OR "prostitution")`,
  ]],
  ['5.3', [
    `"mutilation* génitale*" OR "mutilations sexuelles" OR "excision" OR "ablation génitale"`,
    `("mariage" OR "mariages") W/3 ("enfants" OR "précoce*" OR "forcé*" OR "mineures" OR "arrangé*")`,
  ]],
  ['5.4', [
    `("travail" OR "travaux" OR "tâches" OR "soins") W/3 ("domestiques" OR "ménagères" OR "non rémunéré*")`,
    `("partage" OR "répartition") W/4 ("tâches" OR "responsabilités" OR "charge") W/4 ("familiale*" OR "ménage" OR "domestiques" OR "parentale*" OR "foyer*")`,
    `("conciliation" OR "articulation" OR "équilibre") W/4 ("vie professionnelle" OR "vie familiale" OR "vie personnelle")`,
    `"congé parental" OR "congés parentaux" OR "congé de paternité" OR "congé paternité" OR "proches aidants" OR "aidants familiaux" OR "charge mentale"`,
  ]],
  ['5.5', [
    `("femmes") W/4 ("postes de direction" OR "fonctions de direction" OR "instances dirigeantes" OR "dirigeantes" OR "leadership" OR "postes à responsabilité" OR "conseils d'administration" OR "encadrement supérieur")`,
    `("femmes" OR "parité") W/4 ("élues" OR "sièges" OR "parlement*" OR "conseil municipal" OR "conseils municipaux" OR "assemblée*" OR "mandats" OR "vie politique" OR "élections" OR "représentation")`,
    `"plafond de verre" OR "parité femmes-hommes" OR "parité hommes-femmes" OR "quotas de femmes"`,
  ]],
  ['5.6', [
    `"droits reproductifs" OR "droits sexuels" OR "droits en matière de procréation" OR "santé et droits sexuels"`,
    `"ivg" OR "interruption volontaire de grossesse" OR "avortement" OR "avortements"`,
    `("décisions" OR "choix" OR "consentement") W/4 ("contracepti*" OR "relations sexuelles" OR "santé sexuelle" OR "procréation")`,
    `"conférence internationale sur la population et le développement" OR "programme d'action de beijing" OR "programme d'action de pékin" OR "déclaration de beijing"`,
    `("éducation" OR "information") W/3 ("sexualité" OR "vie affective" OR "santé sexuelle")`,
  ]],
  ['5.a', [
    `("femmes") W/6 ("droits fonciers" OR "propriété foncière" OR "accès à la terre" OR "propriété" OR "héritage" OR "terres" OR "foncier")`,
    `("femmes") W/5 ("ressources économiques" OR "services financiers" OR "crédit" OR "microcrédit*" OR "ressources naturelles" OR "compte bancaire")`,
    `"entrepreneuriat féminin" OR "autonomisation économique des femmes" OR "femmes entrepreneures" OR "femmes cheffes d'entreprise" OR "création d'entreprise par les femmes"`,
  ]],
  ['5.b', [
    `("numérique" OR "technologies" OR "informatique" OR "téléphone*" OR "internet") W/8 (("autonomisation" OR "émancipation") W/3 ("femmes" OR "filles"))`,
    `("femmes" OR "filles") W/3 ("numérique" OR "informatique" OR "filières scientifiques" OR "métiers du numérique" OR "codage")`,
    `("téléphone portable" OR "téléphones portables" OR "téléphone mobile" OR "téléphones mobiles") W/6 ("femmes" OR "sexe")`,
  ]],
  ['5.c', [
    `("autonomisation" OR "empowerment") W/4 ("femmes" OR "filles")`,
    `("politique*" OR "plan" OR "plans" OR "stratégie*" OR "loi" OR "lois" OR "législation*" OR "budget*") W/4 ("égalité des sexes" OR "égalité femmes-hommes" OR "égalité entre les femmes et les hommes" OR "égalité hommes-femmes" OR "égalité de genre" OR "égalité entre les sexes")`,
    `"budgétisation sensible au genre" OR "budget sensible au genre" OR "budgétisation genrée" OR "budget genré" OR "approche intégrée de l'égalité" OR "gender mainstreaming"`,
  ]],

  // Goal 6: eau, assainissement
  ['6.1', [
    `"eau potable" OR "eau salubre" OR "eau de boisson" OR "eau destinée à la consommation humaine" OR "potabilisation"`,
    `"accès à l'eau" OR "accès à une eau" OR "alimentation en eau" OR "approvisionnement en eau" OR "distribution d'eau" OR "distribution de l'eau" OR "desserte en eau" OR "services d'eau" OR "service de l'eau"`,
    `("prix" OR "tarif*" OR "tarification" OR "facture*" OR "coût") W/3 ("eau" OR "eaux")`,
  ]],
  ['6.2', [
    `("assainissement") W/4 ("eaux usées" OR "collectif" OR "non collectif" OR "réseau*" OR "service*" OR "accès" OR "eau" OR "toilettes" OR "hygiène" OR "station d'épuration" OR "stations d'épuration" OR "ouvrages" OR "autonome" OR "individuel")`,
    `"défécation*" OR "latrines" OR "toilettes publiques" OR "toilettes sèches" OR "blocs sanitaires" OR "précarité menstruelle"`,
    `("lavage des mains" OR "se laver les mains" OR "hygiène") W/4 ("eau" OR "savon" OR "mains" OR "menstruelle" OR "assainissement")`,
  ]],
  ['6.3', [
    `(("eaux usées" OR "eaux résiduaires" OR "eaux pluviales" OR "boues d'épuration") W/4 ("traitement" OR "traitées" OR "épuration" OR "collecte" OR "gestion" OR "non traitées")) OR "station d'épuration" OR "stations d'épuration"`,
    `("qualité" OR "pollution" OR "contamination" OR "dégradation" OR "bon état") W/3 ("eau" OR "eaux" OR "masses d'eau" OR "cours d'eau" OR "rivières" OR "nappes" OR "milieux aquatiques")`,
    `(("nitrates" OR "pesticides" OR "micropolluants" OR "phosphates" OR "rejets") W/5 ("eau" OR "eaux" OR "rivières" OR "nappes" OR "captages" OR "milieu aquatique" OR "milieux aquatiques")) OR (("captage" OR "captages") W/3 ("protection" OR "périmètre*" OR "prioritaires"))`,
    `("réutilisation" OR "recyclage" OR "valorisation") W/4 ("eaux usées" OR "eaux grises" OR "eaux traitées" OR "eaux usées traitées")`,
  ]],
  ['6.4', [
    `"stress hydrique" OR (("pénurie" OR "pénuries" OR "manque" OR "rareté" OR "raréfaction" OR "restrictions") W/3 ("eau" OR "ressource en eau" OR "ressources en eau"))`,
    `("économies" OR "économiser" OR "efficacité" OR "gaspillage" OR "sobriété" OR "consommation" OR "consommations" OR "rendement*" OR "fuites") W/3 ("eau" OR "hydrique" OR "réseaux d'eau" OR "réseau d'eau" OR "eau potable")`,
    `(("prélèvement" OR "prélèvements") W/3 ("eau" OR "eau douce" OR "nappes" OR "ressource")) OR "gestion quantitative" OR "eaux de pluie" OR "eau de pluie"`,
  ]],
  ['6.5', [
    `("gestion intégrée" OR "gestion durable" OR "gestion concertée" OR "gouvernance" OR "gestion équilibrée") W/4 ("ressources en eau" OR "ressource en eau" OR "eau" OR "bassin" OR "bassins versants")`,
    `"gire" OR "sdage" OR "schéma d'aménagement et de gestion des eaux" OR "comité de bassin" OR "agence de l'eau" OR "agences de l'eau" OR "contrat de rivière" OR "établissement public territorial de bassin" OR "gemapi"`,
    `(("transfrontali*" OR "transfrontière*" OR "internationa*") W/4 ("bassin" OR "bassins" OR "fleuve*" OR "cours d'eau" OR "aquifère*")) OR (("coopération") W/3 ("eau" OR "bassin" OR "fleuve*"))`,
  ]],
  ['6.6', [
    `"zones humides" OR "zone humide" OR "tourbières" OR "ripisylve*" OR "milieux aquatiques" OR "écosystèmes aquatiques" OR "écosystèmes d'eau douce" OR "écosystèmes liés à l'eau" OR "trame bleue"`,
    `("restauration" OR "renaturation" OR "protection" OR "préservation" OR "continuité" OR "reméandrage" OR "bon état") W/4 ("cours d'eau" OR "rivières" OR "rivière" OR "berges" OR "zones humides" OR "lacs" OR "aquifères" OR "nappes phréatiques")`,
  ]],
  ['6.a', [
    `("eau" OR "assainissement") W/6 ("coopération internationale" OR "coopération décentralisée" OR "solidarité internationale" OR "aide publique au développement" OR ${PED})`,
    `"loi oudin" OR "oudin-santini" OR "1 % eau" OR "dessalement" OR "désalinisation" OR "dessalinisation"`,
  ]],
  ['6.b', [
    `("participation" OR "concertation" OR "implication" OR "usagers" OR "citoyens" OR "habitants" OR "population locale" OR "communautés locales") W/5 ("gestion de l'eau" OR "gestion de l'assainissement" OR "service de l'eau" OR "services de l'eau" OR "ressource en eau")`,
    `"commission locale de l'eau" OR "parlement de l'eau" OR "comités d'usagers" OR "observatoire de l'eau" OR (("gestion communautaire" OR "comités de gestion" OR "associations d'usagers") W/4 ("eau" OR "points d'eau" OR "forages" OR "assainissement"))`,
  ]],

  // Goal 7: énergie
  ['7.1', [
    `("accès") W/3 ("électricité" OR "énergie" OR "services énergétiques" OR "réseau électrique")`,
    `"électrification rurale" OR (("électrification") W/3 ("ménages" OR "villages" OR "zones rurales" OR "foyers" OR "localités")) OR "mini-réseaux" OR "hors réseau"`,
    `"précarité énergétique" OR "pauvreté énergétique" OR "chèque énergie" OR "chèques énergie" OR "fonds de solidarité énergie" OR "précaires énergétiques"`,
    `("combustibles" OR "cuisson" OR "foyers" OR "cuisinières") W/3 ("propres" OR "améliorés" OR "améliorées")`,
  ]],
  ['7.2', [
    `("énergie*" OR "électricité" OR "chaleur" OR "gaz" OR "sources") W/2 ("renouvelable*" OR "décarbonée*" OR "verte")`,
    `"photovoltaï*" OR "éolien*" OR "méthanisation" OR "méthaniseur*" OR "biogaz" OR "biométhane" OR "géothermie" OR "hydroélectri*" OR "biomasse" OR "bois-énergie" OR "bois énergie"`,
    `(("panneaux" OR "centrale" OR "centrales" OR "énergie" OR "installations" OR "parc" OR "ombrières" OR "thermique") W/2 ("solaire*" OR "photovoltaïques")) OR "pompes à chaleur" OR "pompe à chaleur" OR "réseau de chaleur" OR "réseaux de chaleur"`,
    `"mix énergétique" OR "bouquet énergétique" OR "transition énergétique" OR "autonomie énergétique" OR "communautés énergétiques" OR "énergie citoyenne"`,
  ]],
  ['7.3', [
    `"efficacité énergétique" OR "performance énergétique" OR "sobriété énergétique" OR "intensité énergétique" OR "économies d'énergie" OR "économie d'énergie" OR "maîtrise de l'énergie" OR "maîtrise de la demande en énergie"`,
    `(("rénovation" OR "réhabilitation" OR "isolation") W/2 ("énergétique" OR "énergétiques" OR "thermique" OR "thermiques")) OR "passoires thermiques" OR "passoires énergétiques"`,
    `("réduire" OR "réduction" OR "baisse" OR "diminuer" OR "diminution" OR "maîtrise") W/4 ("consommation d'énergie" OR "consommations d'énergie" OR "consommation énergétique" OR "consommations énergétiques" OR "dépenses énergétiques" OR "consommation électrique" OR "factures énergétiques")`,
    `("éclairage public") W/4 ("led" OR "rénovation" OR "extinction" OR "modernisation" OR "consommation" OR "économies")`,
  ]],
  ['7.a', [
    `("coopération internationale" OR "flux financiers internationaux" OR "aide publique au développement" OR "partenariat international" OR ${PED}) W/8 ("énergie*" OR "énergétique" OR "énergétiques" OR "électricité")`,
    `(("recherche" OR "innovation" OR "recherche-développement") W/3 ("énergies propres" OR "énergie propre" OR "énergies renouvelables" OR "hydrogène")) OR "combustion propre" OR "captage et stockage du carbone"`,
  ]],
  ['7.b', [
    `("infrastructures énergétiques" OR "infrastructure énergétique" OR "services énergétiques modernes" OR "capacité installée" OR "puissance installée" OR "énergie*" OR "électrification") W/8 (${PED} OR "afrique subsaharienne")`,
    `("puissance installée" OR "capacité installée") W/4 ("renouvelable*" OR "watts" OR "mégawatts")`,
  ]],

  // Goal 8: travail décent, croissance
  ['8.1', [
    `"croissance économique" OR "croissance du pib" OR "croissance de l'économie"`,
    `("pib") W/3 ("par habitant" OR "croissance" OR "réel")`,
  ]],
  ['8.2', [
    `("productivité") W/4 ("économique" OR "travail" OR "main-d'œuvre" OR "entreprises" OR "industrie*" OR "gains")`,
    `("diversification" OR "modernisation technologique" OR "montée en gamme") W/4 ("économique" OR "économie" OR "productive" OR "tissu économique")`,
    `"forte valeur ajoutée" OR "haute valeur ajoutée" OR "forte intensité de main-d'œuvre"`,
  ]],
  ['8.3', [
    `("création" OR "créations" OR "créer") W/3 ("emplois*" OR "d'emploi" OR "entreprises" OR "d'entreprise" OR "activités économiques")`,
    `"entrepreneuriat" OR "entreprenariat" OR "auto-entrepreneur*" OR "microentreprise*" OR "micro-entreprise*" OR "pépinière d'entreprises" OR "pépinières d'entreprises" OR "incubateur*" OR "très petites entreprises" OR "tpe" OR "pme" OR "petites et moyennes entreprises"`,
    `"emploi informel" OR "secteur informel" OR "économie informelle" OR "travail informel" OR "travail non déclaré" OR "travail dissimulé" OR ("formalisation" W/3 ("entreprises" OR "emploi*" OR "activités"))`,
    `"économie sociale et solidaire" OR "entreprises de l'économie sociale"`,
  ]],
  ['8.4', [
    `"efficacité des ressources" OR "utilisation efficace des ressources" OR "efficience des ressources" OR "découplage" OR "dissocier croissance économique"`,
    `("empreinte matérielle" OR "consommation matérielle" OR "consommation de matières" OR "consommation de ressources") OR (("croissance") W/4 ("dégradation de l'environnement" OR "découpl*"))`,
  ]],
  ['8.5', [
    `"plein emploi" OR "travail décent" OR "emploi décent" OR "emplois décents" OR "emplois de qualité" OR "emploi productif"`,
    `(("égalité" OR "écart" OR "écarts" OR "inégalités") W/3 ("salarial*" OR "salaire*" OR "rémunération*")) OR "salaire égal"`,
    `"taux de chômage" OR "chômage de longue durée" OR "demandeurs d'emploi" OR "retour à l'emploi" OR "accès à l'emploi" OR "insertion professionnelle" OR "lutte contre le chômage" OR "chômeurs de longue durée"`,
    `("emploi" OR "travail" OR "insertion professionnelle") W/4 ("personnes handicapées" OR "personnes en situation de handicap" OR "travailleurs handicapés")`,
    `"insertion par l'activité économique" OR "chantier d'insertion" OR "chantiers d'insertion" OR "entreprise d'insertion" OR "entreprises d'insertion" OR "territoires zéro chômeur" OR "territoire zéro chômeur" OR "clauses d'insertion" OR "clause d'insertion"`,
  ]],
  ['8.6', [
    `("jeunes") W/4 ("sans emploi" OR "ni en emploi" OR "non scolarisés" OR "neet" OR "décrocheurs" OR "chômage" OR "emplois*" OR "vers l'emploi" OR "dans l'emploi" OR "à l'emploi" OR "insertion professionnelle" OR "ni formation")`,
    `"neet" OR "garantie jeunes" OR "contrat d'engagement jeune" OR "missions locales" OR "mission locale" OR "école de la deuxième chance" OR "écoles de la deuxième chance"`,
  ]],
  ['8.7', [
    `"travail forcé" OR "travail des enfants" OR "esclavage moderne" OR "enfants soldats" OR "enfants-soldats" OR "servitude pour dettes" OR "travail servile"`,
    `("traite des êtres humains" OR "traite d'êtres humains" OR "traite des personnes" OR "esclavage") W/8 ("travail" OR "exploitation" OR "recrutement" OR "travailleurs")`,
  ]],
  ['8.8', [
    `"droits des travailleurs" OR "droit du travail" OR "droits du travail" OR "liberté syndicale" OR "négociation collective" OR "dialogue social" OR "organisation internationale du travail" OR "oit"`,
    `(("santé" OR "sécurité") W/3 ("au travail" OR "lieu de travail" OR "travailleurs")) OR "accidents du travail" OR "accident du travail" OR "maladies professionnelles" OR "risques professionnels" OR "conditions de travail" OR "qualité de vie au travail" OR "pénibilité"`,
    `(("travailleurs") W/3 ("migrants" OR "précaires" OR "saisonniers" OR "détachés" OR "domestiques" OR "immigrés")) OR "emploi précaire" OR "emplois précaires" OR "précarité de l'emploi"`,
  ]],
  ['8.9', [
    `"écotourisme" OR "agritourisme" OR "agrotourisme" OR "tourisme durable" OR "tourisme responsable" OR "slow tourisme"`,
    `("tourisme") W/3 ("durable" OR "responsable" OR "vert" OR "solidaire" OR "rural" OR "doux" OR "nature" OR "quatre saisons" OR "diversification" OR "local")`,
    `("tourisme" OR "touristique" OR "touristiques") W/4 ("emplois" OR "pib" OR "retombées économiques" OR "économie" OR "attractivité" OR "fréquentation" OR "produits locaux" OR "culture" OR "développement")`,
  ]],
  ['8.10', [
    `("accès" OR "inclusion" OR "exclusion") W/3 ("services financiers" OR "services bancaires" OR "bancaire" OR "financière" OR "crédit" OR "assurance*")`,
    `"microfinance" OR "institutions de microfinance" OR "mobile money" OR "argent mobile" OR "services monétaires mobiles" OR "bancarisation" OR "distributeurs automatiques de billets" OR "distributeur de billets" OR "distributeurs de billets" OR "compte bancaire" OR "comptes bancaires"`,
  ]],
  ['8.a', [
    `"aide pour le commerce" OR "cadre intégré renforcé" OR "assistance technique liée au commerce"`,
    `(("assistance technique" OR "aide" OR "appui" OR "soutien") W/3 ("commerce" OR "commerciale*" OR "exportations")) W/8 ${PED}`,
  ]],
  ['8.b', [
    `"pacte mondial pour l'emploi" OR (("stratégie*" OR "plan" OR "plans" OR "politique*" OR "programme*") W/4 ("emploi des jeunes" OR "insertion des jeunes" OR "chômage des jeunes"))`,
  ]],

  // Goal 9: infrastructure, industrie, innovation
  ['9.1', [
    `("infrastructure*") W/3 ("qualité" OR "fiable*" OR "durable*" OR "résilient*" OR "résilience" OR "régionale*" OR "transfrontali*" OR "transfrontière*")`,
    `"désenclavement" OR (("routes" OR "pistes rurales" OR "route") W/4 ("rurale" OR "rurales" OR "praticable*" OR "toute l'année"))`,
    `("fret" OR "marchandises" OR "passagers" OR "voyageurs") W/3 ("transport*" OR "volume*" OR "logistique*" OR "ferroviaire*" OR "fluvial*" OR "portuaire*")`,
    `("infrastructures" OR "infrastructure" OR "réseau" OR "réseaux") W/3 ("transport" OR "transports" OR "ferroviaire*" OR "routier*" OR "portuaire*" OR "aéroportuaire*" OR "fluvial*")`,
  ]],
  ['9.2', [
    `"industrialisation" OR "réindustrialisation" OR "désindustrialisation" OR "industrie manufacturière" OR "secteur manufacturier" OR "emplois industriels" OR "emploi industriel" OR "tissu industriel" OR "territoires d'industrie"`,
    `("industrie" OR "industries" OR "industriel" OR "industrielle" OR "manufacturière") W/3 ("durable*" OR "inclusive*" OR "emploi*" OR "pib" OR "valeur ajoutée" OR "relocalisation" OR "implantation")`,
  ]],
  ['9.3', [
    `("petites entreprises" OR "pme" OR "tpe" OR "petites et moyennes entreprises" OR "très petites entreprises" OR "microentreprises" OR "micro-entreprises" OR "start-up" OR "artisans") W/5 ("financement" OR "financements" OR "crédit" OR "crédits" OR "prêt" OR "prêts" OR "microcrédit*" OR "garantie*" OR "fonds")`,
    `("chaîne de valeur" OR "chaînes de valeur") W/5 ("entreprises" OR "pme" OR "intégration" OR "producteurs" OR "locale*")`,
    `"prêts d'honneur" OR "prêt d'honneur" OR "fonds de garantie" OR "capital-risque" OR "fonds d'amorçage" OR "accès au crédit" OR "accès au financement"`,
  ]],
  ['9.4', [
    `("décarbonation" OR "décarboner" OR "décarbonisation" OR "verdissement" OR "modernisation") W/4 ("industrie" OR "industries" OR "industriel*" OR "industrielle*" OR "procédés" OR "sites industriels")`,
    `("technologies" OR "procédés") W/3 ("propres" OR "respectueux de l'environnement" OR "respectueuses de l'environnement" OR "bas carbone" OR "sobres")`,
    `(("émissions de co2" OR "émissions de carbone" OR "intensité carbone") W/4 ("valeur ajoutée" OR "unité de production" OR "par unité")) OR "écologie industrielle" OR "symbiose industrielle"`,
  ]],
  ['9.5', [
    `"recherche-développement" OR "recherche et développement" OR "r&d" OR "crédit d'impôt recherche" OR "recherche scientifique" OR "capacités technologiques" OR "pôles de compétitivité" OR "pôle de compétitivité" OR "technopole" OR "technopôle" OR "valorisation de la recherche"`,
    `("innovation") W/3 ("renforcer" OR "encourager" OR "soutien" OR "soutenir" OR "favoriser" OR "écosystème" OR "stratégie" OR "pôle" OR "pôles" OR "technologique" OR "industrielle")`,
    `("recherche") W/2 ("innovation" OR "laboratoire*" OR "universitaire*" OR "enseignement supérieur" OR "publique" OR "appliquée" OR "fondamentale")`,
    `("chercheurs") W/3 ("nombre" OR "équivalent plein temps" OR "recrutement" OR "laboratoire*" OR "million d'habitants")`,
  ]],
  ['9.a', [
    `("infrastructure*") W/8 (${PED} OR "pays d'afrique" OR "afrique")`,
    `("aide publique au développement" OR "appui financier" OR "appui technique" OR "appui technologique") W/6 ("infrastructure*")`,
  ]],
  ['9.b', [
    `"moyenne et haute technologie" OR "haute technologie" OR "hautes technologies" OR "high-tech" OR "diversification industrielle"`,
    `(("soutien" OR "soutenir" OR "appui" OR "appuyer" OR "aide") W/4 ("recherche-développement" OR "recherche" OR "innovation" OR "technologique" OR "technologiques")) W/8 ${PED}`,
    `("transformation locale" OR "ajout de valeur" OR "valeur ajoutée") W/4 ("produits de base" OR "matières premières" OR "marchandises")`,
  ]],
  ['9.c', [
    `("accès") W/3 ("internet" OR "haut débit" OR "très haut débit" OR "numérique" OR "réseau mobile" OR "téléphonie mobile" OR "technologies de l'information")`,
    `"très haut débit" OR "fibre optique" OR "couverture mobile" OR "zones blanches" OR "fracture numérique" OR "déploiement de la fibre" OR "haut débit"`,
    `("couverture" OR "réseau" OR "réseaux") W/3 ("mobile" OR "mobiles" OR "4g" OR "5g" OR "téléphonie")`,
  ]],

  // Goal 10: inégalités
  ['10.1', [
    `("revenus" OR "revenu" OR "dépenses des ménages" OR "niveau de vie") W/4 ("40 pour cent" OR "plus pauvres" OR "plus modestes" OR "ménages modestes" OR "défavorisés" OR "déciles" OR "croissance")`,
    `("inégalités" OR "inégalité" OR "écarts") W/3 ("revenus" OR "revenu" OR "salaires" OR "richesse*" OR "patrimoine" OR "niveau de vie")`,
    `"coefficient de gini" OR "indice de gini" OR "rapport interdécile" OR "ratio de palma"`,
  ]],
  ['10.2', [
    `(("inclusion" OR "exclusion") W/2 ("sociale" OR "économique" OR "politique" OR "socio-économique" OR "socioprofessionnelle")) OR "intégration sociale" OR "cohésion sociale"`,
    `"revenu médian" OR "moitié du revenu médian"`,
    `("autonomisation" OR "inclusion" OR "intégration" OR "participation") W/5 ("personnes âgées" OR "personnes handicapées" OR "situation de handicap" OR "minorités" OR "origine ethnique" OR "religion")`,
    `"quartiers prioritaires" OR "politique de la ville" OR "qpv" OR "contrat de ville" OR "contrats de ville"`,
  ]],
  ['10.3', [
    `("lutte" OR "lutter" OR "prévention" OR "prévenir" OR "victimes" OR "motifs") W/4 ("discrimination*")`,
    `"égalité des chances" OR "égalité de traitement" OR "inégalité des résultats" OR "pratiques discriminatoires" OR "lois discriminatoires" OR "racisme" OR "antisémitisme" OR "xénophobie" OR "homophobie" OR "lgbtphobie*"`,
    `("harcèlement" OR "discrimination*") W/5 ("origine" OR "religion" OR "handicap" OR "orientation sexuelle" OR "ethnique" OR "âge" OR "motifs")`,
    `${REDUIRE} W/3 ("inégalités" OR "inégalité")`,
  ]],
  ['10.4', [
    `"redistribution" OR "redistributif" OR "redistributive" OR "progressivité de l'impôt" OR "impôt progressif" OR "fiscalité progressive" OR "justice fiscale" OR "justice sociale"`,
    `(("politique*" OR "mesures") W/3 ("budgétaire*" OR "fiscale*" OR "salariale*" OR "protection sociale")) W/8 ("égalité" OR "inégalités")`,
    `(("part du travail" OR "part des salaires" OR "partage de la valeur") W/5 ("pib" OR "valeur ajoutée" OR "revenu national")) OR "salaire minimum" OR "smic"`,
  ]],
  ['10.5', [
    `("régulation" OR "réglementation" OR "surveillance" OR "supervision") W/4 ("marchés financiers" OR "institutions financières" OR "système financier" OR "banques" OR "secteur financier" OR "finance")`,
    `"indicateurs de solidité financière" OR "solidité financière" OR "stabilité financière" OR "risque systémique" OR "règles prudentielles" OR "supervision bancaire"`,
  ]],
  ['10.6', [
    `(("représent*" OR "entendus" OR "voix" OR "droit de vote" OR "droits de vote" OR "participation") W/6 ${PED}) W/10 ("fmi" OR "fonds monétaire international" OR "banque mondiale" OR "institutions financières internationales" OR "institutions économiques et financières internationales" OR "institutions internationales" OR "organisations internationales")`,
  ]],
  ['10.7', [
    `("politique" OR "politiques" OR "gouvernance" OR "gestion") W/3 ("migratoire" OR "migratoires" OR "migrations")`,
    `(("migration" OR "migrations") W/3 ("sûre" OR "ordonnée" OR "régulière" OR "responsable")) OR "pacte mondial sur les migrations"`,
    `(("migrants" OR "exilés" OR "réfugiés" OR "demandeurs d'asile" OR "primo-arrivants" OR "personnes migrantes") W/5 ("accueil" OR "intégration" OR "accompagnement" OR "hébergement" OR "protection" OR "décès" OR "meurent" OR "morts" OR "disparus" OR "naufrage*" OR "droits")) OR "routes migratoires"`,
  ]],
  ['10.a', [
    `"traitement spécial et différencié" OR (("organisation mondiale du commerce" OR "omc") W/8 ${PED})`,
    `"lignes tarifaires" OR "préférences commerciales" OR "accès préférentiel" OR "préférences tarifaires"`,
  ]],
  ['10.b', [
    `("aide publique au développement" OR "investissements étrangers directs" OR "investissement étranger direct" OR "investissements directs étrangers" OR "flux financiers") W/8 (${PED} OR "pays d'afrique" OR "pays bénéficiaires")`,
  ]],
  ['10.c', [
    `"envois de fonds" OR "transferts de fonds" OR "transferts d'argent" OR "fonds rapatriés" OR "transferts des migrants" OR "remises migratoires" OR "transferts de la diaspora"`,
    `(("coûts" OR "frais" OR "commissions") W/4 ("transfert*" OR "envois")) W/6 ("migrants" OR "diaspora")`,
  ]],

  // Goal 11: villes
  ['11.1', [
    `("logement" OR "logements" OR "habitat") W/3 ("abordable*" OR "social" OR "sociaux" OR "décent" OR "décents" OR "décente" OR "décentes" OR "adéquat*" OR "digne*" OR "très social" OR "indigne" OR "insalubre*" OR "d'urgence")`,
    `"bidonville*" OR "taudis" OR "quartiers précaires" OR "habitat précaire" OR "habitat informel" OR "implantations sauvages" OR "campements illicites" OR "mal-logement" OR "sans-abri" OR "sans domicile" OR "hébergement d'urgence"`,
    `("accès" OR "droit") W/3 ("logement" OR "logements")`,
    `("résorption" OR "rénovation" OR "réhabilitation" OR "amélioration" OR "lutte") W/3 ("habitat indigne" OR "logements insalubres" OR "insalubrité" OR "habitat dégradé" OR "copropriétés dégradées" OR "parc social" OR "logements")`,
    `"programme local de l'habitat" OR "plh" OR "renouvellement urbain" OR "anru" OR "anah"`,
  ]],
  ['11.2', [
    `"transports en commun" OR "transport en commun" OR "transports publics" OR "transport public" OR "transports collectifs" OR "réseau de bus" OR "tramway" OR "bus à haut niveau de service" OR "transport à la demande"`,
    `("mobilité" OR "mobilités" OR "transport" OR "transports" OR "déplacements") W/3 ("durable*" OR "douce*" OR "active*" OR "décarbonée*" OR "propre*" OR "partagée*" OR "inclusive*" OR "solidaire*" OR "accessible*")`,
    `"pistes cyclables" OR "piste cyclable" OR "aménagements cyclables" OR "réseau cyclable" OR "plan vélo" OR "covoiturage" OR "autopartage" OR "plan de mobilité" OR "pôle d'échanges multimodal" OR "intermodalité"`,
    `("accessibilité" OR "accessibles") W/4 ("transports" OR "réseau" OR "arrêts" OR "gares" OR "personnes à mobilité réduite" OR "pmr")`,
    `("sécurité" OR "sécurisation") W/3 ("piétons" OR "cyclistes" OR "déplacements" OR "usagers vulnérables" OR "traversées" OR "cheminements")`,
  ]],
  ['11.3', [
    `("urbanisation" OR "urbanisme" OR "aménagement" OR "développement urbain" OR "ville" OR "villes") W/3 ("durable*" OR "inclusive*" OR "maîtrisée" OR "participati*" OR "sobre")`,
    `"artificialisation" OR "étalement urbain" OR "consommation foncière" OR "consommation d'espaces" OR "zéro artificialisation nette" OR "zan" OR "densification urbaine" OR "densification de l'habitat" OR "sobriété foncière"`,
    `("participation" OR "concertation" OR "participative*" OR "co-construction" OR "budget participatif" OR "conseils citoyens" OR "conseil de quartier" OR "conseils de quartier") W/6 ("urbanisme" OR "aménagement" OR "projet urbain" OR "quartier" OR "quartiers" OR "planification")`,
    `"plan local d'urbanisme" OR "plan local d'urbanisme intercommunal" OR "schéma de cohérence territoriale" OR "scot" OR "planification urbaine" OR "planification territoriale"`,
    `"établissements humains" OR "établissement humain"`,
  ]],
  ['11.4', [
    `("patrimoine") W/3 ("culturel" OR "naturel" OR "mondial" OR "historique" OR "architectural" OR "bâti" OR "immatériel" OR "paysager" OR "protection" OR "préservation" OR "sauvegarde" OR "conservation")`,
    `"unesco" OR "monuments historiques" OR "monument historique" OR "sites classés" OR "site patrimonial remarquable" OR "secteur sauvegardé" OR "biens culturels"`,
  ]],
  ['11.5', [
    `("catastrophe*" OR "inondation*" OR "crues" OR "séismes" OR "tempêtes" OR "cyclones" OR "submersion*") W/4 ("victimes" OR "décès" OR "morts" OR "personnes touchées" OR "sinistrés" OR "pertes économiques" OR "dommages" OR "dégâts" OR "disparus" OR "sinistres")`,
    `("risque" OR "risques" OR "prévention" OR "protection") W/3 ("inondation*" OR "crues" OR "submersion marine" OR "ruissellement")`,
    `"plan de prévention des risques" OR "programme d'actions de prévention des inondations" OR "plan communal de sauvegarde" OR "risques majeurs" OR "risques naturels"`,
  ]],
  ['11.6', [
    `"qualité de l'air" OR "pollution atmosphérique" OR "pollution de l'air" OR "particules fines" OR "pm10" OR "pm2,5" OR "pm 2,5" OR "dioxyde d'azote" OR "smog"`,
    `("déchets") W/3 ("ménagers" OR "municipaux" OR "collecte" OR "gestion" OR "traitement" OR "tri" OR "assimilés" OR "solides")`,
    `"zone à faibles émissions" OR "zones à faibles émissions" OR "zfe" OR "plan de protection de l'atmosphère" OR (("empreinte environnementale" OR "impact environnemental") W/4 ("villes" OR "ville" OR "urbain*"))`,
  ]],
  ['11.7', [
    `"espaces verts" OR "espace vert" OR "parcs urbains" OR "parc urbain" OR "jardins publics" OR "jardins partagés" OR "nature en ville" OR "végétalisation" OR "îlots de fraîcheur" OR "îlot de fraîcheur" OR "forêt urbaine" OR "forêts urbaines"`,
    `("espaces publics" OR "espace public") W/4 ("sûrs" OR "accessibles" OR "sécurisés" OR "inclusifs" OR "aménagement" OR "requalification" OR "accès" OR "femmes" OR "partage")`,
    `("harcèlement") W/4 ("rue" OR "espace public" OR "espaces publics" OR "transports")`,
  ]],
  ['11.a', [
    `("liens" OR "coopération" OR "coopérations" OR "complémentarité*" OR "équilibre" OR "réciprocité" OR "alliance*" OR "dialogue") W/8 (("urbain*" OR "villes" OR "métropole*") W/4 ("rural" OR "rurale" OR "rurales" OR "ruraux" OR "campagne*" OR "périurbain*"))`,
    `("plan" OR "plans" OR "schéma" OR "schémas" OR "stratégie*" OR "politique*") W/3 ("développement régional" OR "développement territorial" OR "urbaine nationale" OR "aménagement du territoire")`,
    `"sraddet" OR "cohésion territoriale" OR "équilibre territorial" OR "équilibre des territoires" OR "aménagement du territoire"`,
  ]],
  ['11.b', [
    `"cadre de sendai" OR "sendai" OR "gestion des risques de catastrophe" OR "réduction des risques de catastrophe" OR "réduction des risques de catastrophes" OR "gestion des risques de catastrophes"`,
    `("ville" OR "villes" OR "territoire" OR "territoires" OR "collectivités" OR "communes" OR "métropole*") W/3 ("résilient*" OR "résilience")`,
  ]],
  ['11.c', [
    `("bâtiment*" OR "constructions" OR "construction" OR "habitat") W/3 ("durables" OR "durable" OR "résilients" OR "bioclimatique*" OR "parasismique*" OR "écologique*")`,
    `("matériaux") W/3 ("locaux" OR "biosourcés" OR "géosourcés" OR "traditionnels" OR "terre crue" OR "réemploi")`,
  ]],

  // Goal 12: consommation et production
  ['12.1', [
    `(("modes" OR "mode" OR "schémas") W/3 ("consommation" OR "production")) W/4 ("durable*" OR "responsable*")`,
    `("consommation" OR "production") W/2 ("durable" OR "durables" OR "responsable" OR "responsables")`,
    `"cadre décennal de programmation" OR "consommation et production durables" OR "achats responsables" OR "commerce équitable"`,
  ]],
  ['12.2', [
    `("gestion durable" OR "utilisation rationnelle" OR "exploitation durable" OR "utilisation durable" OR "préservation" OR "épuisement" OR "surexploitation" OR "gestion") W/3 ("ressources naturelles")`,
    `("empreinte") W/2 ("matérielle" OR "matières" OR "écologique" OR "carbone" OR "eau" OR "environnementale")`,
    `("consommation" OR "sobriété" OR "utilisation") W/3 ("matières premières" OR "matérielle" OR "ressources naturelles")`,
  ]],
  ['12.3', [
    `("gaspillage" OR "pertes" OR "déchets") W/2 ("alimentaire" OR "alimentaires" OR "nourriture" OR "produits alimentaires" OR "aliments")`,
    `"pertes après récolte" OR "pertes post-récolte" OR "anti-gaspillage" OR "antigaspillage" OR "biodéchets" OR "invendus alimentaires" OR "gourmet bag" OR "doggy bag"`,
    `("aliments" OR "nourriture" OR "denrées" OR "production alimentaire" OR "produits alimentaires") W/4 ("perdus" OR "perdue" OR "perdues" OR "gaspillés" OR "gaspillée" OR "gaspillées" OR "jetés" OR "jetée" OR "jetées")`,
  ]],
  ['12.4', [
    `"déchets dangereux" OR "substances dangereuses" OR "produits chimiques" OR "substances chimiques" OR "produits toxiques" OR "déchets toxiques" OR "déchets spéciaux" OR "amiante*" OR "polluants organiques persistants" OR "pfas"`,
    `"analyse du cycle de vie" OR (("cycle de vie") W/6 ("produits" OR "déchets" OR "chimiques" OR "impacts" OR "environnementaux"))`,
    `"convention de bâle" OR "convention de stockholm" OR "convention de rotterdam" OR "convention de minamata" OR "règlement reach"`,
  ]],
  ['12.5', [
    `("prévention" OR "réduction" OR "réduire" OR "valorisation" OR "limiter" OR "diminution" OR "production") W/3 ("déchets")`,
    `("recyclage" OR "réemploi" OR "réutilisation" OR "valorisation" OR "réparation") W/3 ("déchets" OR "matériaux" OR "emballages" OR "plastiques" OR "objets" OR "textiles" OR "meubles" OR "matières" OR "appareils")`,
    `"économie circulaire" OR "zéro déchet" OR "ressourcerie*" OR "recyclerie*" OR "compostage" OR "composteurs" OR "tri sélectif" OR "taux de recyclage" OR "déchèterie*" OR "déchetterie*" OR "matériaux recyclés"`,
  ]],
  ['12.6', [
    `"responsabilité sociétale des entreprises" OR "responsabilité sociale des entreprises" OR "responsabilité sociétale" OR "rse" OR "reporting extra-financier" OR "déclaration de performance extra-financière" OR "csrd" OR "rapport de durabilité" OR "rapports de durabilité"`,
    `("entreprises" OR "grandes entreprises" OR "sociétés transnationales") W/4 ("pratiques durables" OR "développement durable" OR "durabilité" OR "extra-financier*" OR "engagées")`,
    `("entreprises" OR "sociétés transnationales" OR "rapports" OR "informations") W/6 ("pratiques viables" OR "viabilité" OR "rapports sur le développement durable")`,
  ]],
  ['12.7', [
    `("achats" OR "achat" OR "commande publique" OR "marchés publics" OR "passation") W/4 ("durable*" OR "responsable*" OR "clauses environnementales" OR "clauses sociales" OR "critères environnementaux" OR "écoresponsable*")`,
    `"spaser" OR "schéma de promotion des achats" OR "achats publics durables" OR "commande publique responsable" OR "clauses environnementales" OR "clause environnementale"`,
  ]],
  ['12.8', [
    `(("sensibilisation" OR "information" OR "sensibiliser" OR "informer" OR "conscience") W/4 ("développement durable" OR "modes de vie durables" OR "écogestes" OR "éco-gestes" OR "gestes écologiques" OR "consommation responsable" OR "harmonie avec la nature")) OR (("sensibilisation" OR "sensibiliser") W/3 ("environnement" OR "environnementale" OR "écologie"))`,
    `"écocitoyenneté" OR "éco-citoyenneté" OR "écocitoyen*" OR "écogestes" OR "éco-gestes" OR "modes de vie durables" OR "mode de vie durable" OR "styles de vie durables" OR "famille à énergie positive" OR "familles à énergie positive"`,
  ]],
  ['12.a', [
    `(("consommation" OR "production") W/3 ("durable" OR "durables")) W/10 ${PED}`,
    `(("capacités" OR "moyens") W/3 ("scientifiques" OR "technologiques")) W/8 ${PED}`,
  ]],
  ['12.b', [
    `("tourisme" OR "touristique" OR "touristiques") W/4 ("impact" OR "impacts" OR "suivi" OR "indicateur*" OR "observatoire" OR "outils" OR "surfréquentation" OR "capacité de charge" OR "label" OR "labels" OR "écolabel")`,
    `"tourisme durable" OR "écotourisme" OR "tourisme responsable" OR "surfréquentation touristique"`,
  ]],
  ['12.c', [
    `("subventions" OR "niches fiscales" OR "exonérations" OR "aides" OR "soutien" OR "soutiens") W/4 ("combustibles fossiles" OR "énergies fossiles" OR "charbon" OR "pétrole" OR "gaz fossile" OR "carburants fossiles")`,
    `("fiscalité" OR "taxe" OR "taxes" OR "taxation") W/3 ("carbone" OR "énergies fossiles" OR "combustibles fossiles" OR "carburants" OR "gazole")`,
  ]],

  // Goal 13: climat
  ['13.1', [
    `("adaptation" OR "résilience" OR "adapter" OR "vulnérabilité") W/4 (${CLIMAT} OR "aléas climatiques" OR "effets du changement climatique")`,
    `"catastrophes naturelles" OR "événements climatiques extrêmes" OR "phénomènes climatiques extrêmes" OR "événements extrêmes" OR "vagues de chaleur" OR "vague de chaleur" OR "canicule*" OR "aléas climatiques" OR "catastrophes liées au climat" OR "catastrophes climatiques" OR "retrait-gonflement des argiles"`,
    `("réduction" OR "réduire" OR "prévention" OR "gestion") W/3 ("risques de catastrophe" OR "risques de catastrophes" OR "risques naturels" OR "risques climatiques")`,
  ]],
  ['13.2', [
    `("émissions") W/3 ("gaz à effet de serre" OR "ges" OR "co2" OR "carbone" OR "dioxyde de carbone" OR "méthane")`,
    `"gaz à effet de serre" OR "neutralité carbone" OR "bas-carbone" OR "bas carbone" OR "décarbonation" OR "atténuation du changement climatique" OR "atténuation des changements climatiques" OR "bilan carbone" OR "budget carbone" OR "empreinte carbone"`,
    `(("plan" OR "plans" OR "stratégie*" OR "politique*" OR "contribution*" OR "feuille de route" OR "trajectoire") W/4 ("climatique*" OR "climat-air-énergie" OR "bas-carbone")) OR "plan climat" OR "plans climat" OR "stratégie climat"`,
    `"contributions déterminées au niveau national" OR "contribution déterminée au niveau national" OR "accord de paris" OR "plans nationaux d'adaptation" OR "pcaet" OR "plan climat-air-énergie territorial" OR "puits de carbone" OR "séquestration du carbone" OR "séquestration carbone" OR "stockage du carbone" OR "stockage de carbone" OR "captage du carbone"`,
    `(("lutte" OR "lutter" OR "mesures" OR "action" OR "actions" OR "urgence") W/3 ${CLIMAT}) OR "urgence climatique"`,
  ]],
  ['13.3', [
    `("sensibilisation" OR "éducation" OR "information" OR "formation" OR "sensibiliser" OR "conscience" OR "culture") W/4 (${CLIMAT} OR "enjeux climatiques")`,
    `"fresque du climat" OR "fresques du climat" OR "éducation au climat" OR "littératie climatique"`,
    `(("systèmes d'alerte" OR "système d'alerte" OR "alerte précoce" OR "alerte rapide") W/5 ("climatique*" OR "météo*" OR "catastrophes" OR "inondations" OR "cyclones" OR "crues" OR "canicule")) OR "vigilance météorologique"`,
  ]],
  ['13.a', [
    `"fonds vert pour le climat" OR "convention-cadre des nations unies sur les changements climatiques" OR "ccnucc" OR "finance climat" OR "finance climatique" OR "financement climatique" OR "financements climatiques" OR "100 milliards de dollars"`,
    `("financement" OR "financements" OR "fonds") W/3 ("climatique*" OR "adaptation" OR "atténuation" OR "pour le climat")`,
  ]],
  ['13.b', [
    `(${CLIMAT} OR "adaptation") W/10 ("moins avancés" OR "petits états insulaires" OR "pays en développement" OR "pays vulnérables" OR "pays du sud")`,
  ]],

  // Goal 14: océans
  ['14.1', [
    `("pollution" OR "pollutions" OR "déchets" OR "plastique*" OR "microplastique*" OR "macrodéchets" OR "débris" OR "rejets" OR "eutrophisation" OR "nutriments") W/5 ${MER}`,
    `"déchets marins" OR "pollution marine" OR "pollutions marines" OR "marée* verte*" OR "algues vertes" OR "eutrophisation côtière" OR "sargasses" OR "marée* noire*"`,
  ]],
  ['14.2', [
    `("écosystèmes" OR "biodiversité" OR "habitats" OR "milieux") W/3 ("marins" OR "marin" OR "côtiers" OR "littoraux*" OR "marine" OR "maritimes" OR "océaniques")`,
    `("gestion" OR "protection" OR "restauration" OR "préservation") W/4 ("le littoral" OR "du littoral" OR "zones côtières" OR "trait de côte" OR "herbiers" OR "posidonie*" OR "dunes" OR "estuaires" OR "mangroves")`,
    `"mangrove*" OR "herbiers marins" OR "posidonie*" OR "récifs coralliens" OR "récif corallien" OR "coraux"`,
  ]],
  ['14.3', [
    `("acidification" OR "acidifi*" OR "acidité" OR "ph") W/8 ${MER}`,
  ]],
  ['14.4', [
    `"surpêche" OR "pêche illicite" OR "pêche illégale" OR "stocks de poissons" OR "stocks halieutiques" OR "ressources halieutiques" OR "rendement maximal durable" OR "rendement constant maximal"`,
    `("pêche" OR "pêches" OR "pêcheries") W/3 ("durable" OR "durables" OR "réglementation" OR "quotas" OR "gestion" OR "destructrice*" OR "chalutage" OR "non déclarée" OR "non réglementée")`,
  ]],
  ['14.5', [
    `"aires marines protégées" OR "aire marine protégée" OR "parc naturel marin" OR "réserve naturelle marine" OR "réserves marines" OR "sanctuaire marin" OR "zones de protection forte"`,
    `("aires protégées" OR "zones protégées" OR "conservation" OR "préserver" OR "préservation" OR "protéger" OR "classement") W/4 ("zones marines" OR "zones côtières" OR "marines et côtières" OR "espace maritime" OR "espaces maritimes" OR "eaux territoriales")`,
  ]],
  ['14.6', [
    `("subventions" OR "aides") W/4 ("pêche" OR "pêcheries" OR "flottes de pêche" OR "surcapacité")`,
    `("pêche illicite" OR "pêche illégale" OR "non déclarée et non réglementée") W/8 ("accord*" OR "instruments internationaux" OR "lutte" OR "combattre" OR "omc" OR "interdire")`,
  ]],
  ['14.7', [
    `"économie bleue" OR "croissance bleue" OR "économie maritime" OR "économie de la mer"`,
    `"aquaculture" OR "mariculture" OR "conchyliculture" OR "ostréiculture" OR "algoculture" OR "tourisme côtier" OR "tourisme balnéaire" OR "tourisme littoral"`,
    `(${MER} OR "ressources marines" OR "pêche") W/10 ("petits états insulaires" OR "moins avancés" OR "pays en développement")`,
  ]],
  ['14.a', [
    `("recherche" OR "connaissances" OR "sciences" OR "scientifique*" OR "observation") W/3 ("marine" OR "marines" OR "océan*" OR "océanographique*" OR "milieu marin" OR "sciences de la mer")`,
    `"transfert de techniques marines" OR "commission océanographique intergouvernementale" OR "océanographie" OR "sciences océaniques"`,
  ]],
  ['14.b', [
    `"petits pêcheurs" OR "pêche artisanale" OR "pêcheurs artisanaux" OR "petite pêche" OR "pêche côtière" OR "pêche à petite échelle"`,
    `("pêcheurs") W/4 ("accès" OR "droits" OR "marchés" OR "revenus" OR "installation" OR "soutien")`,
  ]],
  ['14.c', [
    `"convention des nations unies sur le droit de la mer" OR "droit de la mer" OR "cnudm" OR "montego bay" OR "haute mer" OR "zone économique exclusive" OR "zones économiques exclusives"`,
    `(${MER}) W/6 ("droit international" OR "cadre juridique" OR "juridiction*" OR "gouvernance" OR "conventions internationales")`,
    `("conservation" OR "conserver" OR "utilisation durable" OR "exploitation durable" OR "exploiter" OR "préserver" OR "protection" OR "protéger") W/4 ("océans" OR "mers et océans" OR "ressources marines")`,
  ]],

  // Goal 15: écosystèmes terrestres
  ['15.1', [
    `("préservation" OR "restauration" OR "conservation" OR "protection" OR "exploitation durable" OR "gestion durable") W/3 ("écosystèmes terrestres" OR "écosystèmes d'eau douce" OR "milieux naturels" OR "espaces naturels" OR "écosystèmes forestiers" OR "zones arides")`,
    `"aires protégées" OR "espaces protégés" OR "réserves naturelles" OR "réserve naturelle" OR "parc national" OR "parcs nationaux" OR "parc naturel régional" OR "parcs naturels régionaux" OR "natura 2000" OR "espaces naturels sensibles" OR "znieff"`,
    `("surface" OR "surfaces" OR "couvert" OR "superficie") W/3 ("forestière*" OR "forêts" OR "boisée*")`,
  ]],
  ['15.2', [
    `"déforestation" OR "déboisement" OR "reboisement" OR "boisement*" OR "afforestation" OR "reforestation" OR "défrichement*"`,
    `("forêt" OR "forêts" OR "forestier*" OR "forestière*" OR "sylvicole*" OR "sylviculture") W/4 ("gestion durable" OR "durable*" OR "plan de gestion" OR "certification" OR "pefc" OR "fsc" OR "restauration" OR "dégradées" OR "préservation" OR "résilience" OR "adaptation")`,
    `(("plantation" OR "plantations" OR "planter") W/3 ("arbres" OR "forêts")) OR "filière bois"`,
  ]],
  ['15.3', [
    `"désertification" OR "dégradation des terres" OR "dégradation des sols" OR "terres dégradées" OR "sols dégradés" OR "érosion des sols" OR "neutralité en matière de dégradation des terres"`,
    `("restauration" OR "réhabilitation" OR "restaurer" OR "protection" OR "préservation") W/3 ("sols" OR "terres")`,
    `"désimperméabilisation" OR "imperméabilisation des sols" OR ("sécheresse*" W/4 ("terres" OR "sols"))`,
  ]],
  ['15.4', [
    `("montagne" OR "montagnes" OR "montagnard*" OR "alpin" OR "alpins" OR "alpine" OR "alpines") W/4 ("écosystèmes" OR "biodiversité" OR "préservation" OR "milieux" OR "espaces naturels" OR "couvert végétal" OR "glaciers")`,
    `"écosystèmes montagneux" OR "couvert végétal montagneux" OR "loi montagne" OR "zones de montagne" OR "espaces montagnards"`,
  ]],
  ['15.5', [
    `("érosion" OR "perte" OR "pertes" OR "appauvrissement" OR "effondrement" OR "déclin") W/3 ("biodiversité" OR "diversité biologique" OR "espèces")`,
    `("espèces") W/3 ("menacées" OR "protégées" OR "en danger" OR "disparition" OR "extinction" OR "vulnérables" OR "patrimoniales")`,
    `"liste rouge" OR "trame verte et bleue" OR "trame verte" OR "continuités écologiques" OR "corridors écologiques" OR "corridor écologique" OR "fragmentation des habitats" OR "réservoirs de biodiversité" OR "trame noire" OR "pollution lumineuse"`,
    `("protection" OR "préservation" OR "restauration" OR "reconquête" OR "sauvegarde") W/3 ("biodiversité" OR "habitats naturels" OR "milieux naturels" OR "faune" OR "flore" OR "haies" OR "bocage")`,
  ]],
  ['15.6', [
    `("ressources génétiques" OR "savoirs traditionnels" OR "connaissances traditionnelles") W/8 ("partage" OR "accès" OR "avantages" OR "bénéfices")`,
    `"protocole de nagoya" OR "biopiraterie" OR "partage juste et équitable"`,
  ]],
  ['15.7', [
    `"braconnage" OR "trafic d'espèces" OR "trafic d'animaux" OR "trafic d'ivoire" OR "commerce international des espèces"`,
    `("trafic" OR "commerce illicite" OR "commerce illégal" OR "contrebande") W/4 ("espèces" OR "faune" OR "flore" OR "ivoire" OR "animaux sauvages" OR "bois précieux")`,
  ]],
  ['15.8', [
    `("invasive" OR "invasives" OR "envahissante" OR "envahissantes") W/2 ("espèces" OR "espèce" OR "plantes" OR "végétaux" OR "animaux")`,
    `"frelon asiatique" OR "ambroisie" OR "renouée du japon" OR "jussie" OR "moustique tigre" OR "écrevisses américaines"`,
  ]],
  ['15.9', [
    `("stratégie*" OR "plan" OR "plans" OR "politique*" OR "intégration" OR "intégrer" OR "planification") W/4 ("biodiversité" OR "diversité biologique")`,
    `"objectifs d'aichi" OR "aichi" OR "cadre mondial de la biodiversité" OR "kunming-montréal" OR "comptabilité environnementale" OR "comptabilité écologique" OR "atlas de la biodiversité" OR "capital naturel" OR "services écosystémiques"`,
    `"éviter, réduire, compenser" OR "éviter-réduire-compenser" OR "séquence erc" OR "compensation écologique" OR "mesures compensatoires"`,
  ]],
  ['15.a', [
    `("financement" OR "financements" OR "fonds" OR "ressources financières" OR "investissement*" OR "budget" OR "dépenses" OR "mobiliser") W/6 ("biodiversité" OR "écosystèmes" OR "diversité biologique")`,
    `(("aide publique au développement") W/8 ("biodiversité" OR "écosystèmes")) OR "paiements pour services environnementaux" OR "obligations réelles environnementales"`,
  ]],
  ['15.b', [
    `("financement" OR "financements" OR "fonds" OR "investissement*" OR "incitations" OR "mobiliser") W/5 ("gestion durable des forêts" OR "reboisement" OR "préservation des forêts" OR "forestier" OR "forestière" OR "forêts")`,
    `"redd+" OR "redd"`,
  ]],
  ['15.c', [
    `("braconnage" OR "trafic d'espèces" OR "trafic d'espèces protégées") W/10 ("communautés locales" OR "populations locales" OR "moyens de subsistance" OR "soutien" OR "coopération internationale" OR "lutte")`,
    `("moyens de subsistance" OR "moyens d'existence") W/8 ("faune" OR "espèces protégées" OR "aires protégées" OR "conservation")`,
  ]],

  // Goal 16: paix, justice, institutions
  ['16.1', [
    `("homicide*" OR "meurtres") W/4 ("taux" OR "nombre" OR "victimes" OR "réduire" OR "réduction")`,
    `("violence" OR "violences" OR "délinquance" OR "criminalité") W/5 ${REDUIRE}`,
    `("décès" OR "morts" OR "victimes" OR "personnes déplacées" OR "déplacés internes") W/3 ("conflits" OR "conflits armés" OR "guerre" OR "guerres")`,
    `"sentiment d'insécurité" OR "tranquillité publique" OR "sécurité publique" OR "contrat local de sécurité" OR "conseil local de sécurité et de prévention de la délinquance" OR "clspd" OR "vidéoprotection" OR "police municipale"`,
    `("violence" OR "violences" OR "violentes") W/6 ("mortalité" OR "décès" OR "morts" OR "tués")`,
  ]],
  ['16.2', [
    `(("maltraitance*" OR "violence" OR "violences" OR "abus" OR "négligence*" OR "châtiments corporels" OR "torture") W/4 ("enfants" OR "enfance" OR "mineurs" OR "infantile*")) OR "exploitation des enfants" OR "exploitation sexuelle des enfants"`,
    `"protection de l'enfance" OR "aide sociale à l'enfance" OR "enfance en danger" OR "enfants en danger" OR "droits de l'enfant" OR "pédocriminalité" OR "violences éducatives ordinaires"`,
    `"traite des êtres humains" OR "traite d'êtres humains" OR "traite des personnes" OR "traite des enfants" OR "victimes de la traite"`,
    `("violences sexuelles" OR "agressions sexuelles" OR "inceste") W/6 ("enfants" OR "mineurs" OR "avant l'âge de 18 ans" OR "jeunes")`,
  ]],
  ['16.3', [
    `"état de droit" OR "accès à la justice" OR "accès au droit" OR "aide juridictionnelle" OR "point-justice" OR "points-justice" OR "maison de justice et du droit" OR "aide juridique"`,
    `"détention provisoire" OR "population carcérale" OR "surpopulation carcérale" OR "instance de jugement"`,
    `"règlement des différends" OR "règlement des litiges" OR "modes alternatifs de règlement" OR "conciliateur de justice" OR "conciliateurs de justice" OR "médiation judiciaire"`,
    `(("victimes") W/4 ("signalement" OR "signalé*" OR "porter plainte" OR "dépôt de plainte" OR "plaintes")) OR "aide aux victimes"`,
  ]],
  ['16.4', [
    `"flux financiers illicites" OR "blanchiment d'argent" OR "blanchiment de capitaux" OR "financement du terrorisme" OR "évasion fiscale" OR "fraude fiscale" OR "paradis fiscaux"`,
    `("trafic" OR "trafics" OR "circulation illicite" OR "contrebande") W/3 ("armes" OR "stupéfiants" OR "drogue" OR "drogues")`,
    `"criminalité organisée" OR "crime organisé" OR "grand banditisme" OR "réseaux criminels" OR "narcotrafic*"`,
    `("restitution" OR "recouvrement" OR "récupération" OR "saisie*" OR "confiscation") W/3 ("avoirs" OR "biens volés" OR "avoirs criminels" OR "armes")`,
  ]],
  ['16.5', [
    `"corruption" OR "pots-de-vin" OR "pot-de-vin" OR "anticorruption" OR "anti-corruption" OR "trafic d'influence" OR "prise illégale d'intérêts" OR "favoritisme" OR "détournement de fonds" OR "conflits d'intérêts" OR "conflit d'intérêts"`,
    `("intégrité" OR "probité" OR "déontologie") W/4 ("publique" OR "agents publics" OR "élus" OR "fonctionnaires")`,
  ]],
  ['16.6', [
    `("institutions" OR "administration" OR "administrations" OR "services publics" OR "gouvernance" OR "gestion publique" OR "action publique") W/3 ("efficaces" OR "transparente*" OR "transparents" OR "redevabilit*" OR "efficacité" OR "transparence" OR "modernisation")`,
    `(("transparence") W/4 ("budgétaire" OR "financière" OR "publique" OR "comptes" OR "données" OR "marchés publics" OR "décisions")) OR "redevabilit*"`,
    `(("satisfaction") W/4 ("services publics" OR "service public" OR "usagers" OR "accueil du public")) OR (("qualité") W/3 ("services publics" OR "service public" OR "accueil du public"))`,
    `("exécution" OR "sincérité") W/3 ("budget" OR "budgétaire")`,
  ]],
  ['16.7', [
    `"démocratie participative" OR "participation citoyenne" OR "budget participatif" OR "budgets participatifs" OR "concertation citoyenne" OR "convention citoyenne" OR "assemblée citoyenne" OR "jurys citoyens" OR "consultation citoyenne" OR "conseil de développement" OR "conseils citoyens"`,
    `("prise de décision" OR "prise de décisions" OR "processus décisionnel*" OR "décisions publiques" OR "instances") W/4 ("participati*" OR "inclusive*" OR "ouverte*" OR "représentati*" OR "citoyens" OR "habitants" OR "transparente*")`,
    `("représentation" OR "répartition des postes") W/4 ("fonction publique" OR "organes législatifs" OR "organes judiciaires" OR "institutions nationales et locales")`,
  ]],
  ['16.8', [
    `(("participation" OR "représentation" OR "voix" OR "droit de vote") W/6 ${PED}) W/8 ("institutions" OR "gouvernance mondiale" OR "organisations internationales")`,
    `"gouvernance mondiale" OR "multilatéralisme" OR "réforme du conseil de sécurité"`,
  ]],
  ['16.9', [
    `"identité juridique" OR "identité légale" OR "enregistrement des naissances" OR "actes de naissance" OR "acte de naissance" OR "état civil" OR "déclaration de naissance" OR "apatridie" OR "apatrides" OR "papiers d'identité" OR "carte d'identité" OR "cartes nationales d'identité"`,
  ]],
  ['16.10', [
    `("accès" OR "droit d'accès") W/3 ("information" OR "informations publiques" OR "documents administratifs" OR "données publiques")`,
    `"libertés fondamentales" OR "liberté d'expression" OR "liberté de la presse" OR "liberté d'information" OR "open data" OR "données ouvertes" OR "ouverture des données" OR "lanceurs d'alerte" OR "lanceur d'alerte"`,
    `("journalistes" OR "défenseurs des droits de l'homme" OR "défenseurs des droits humains" OR "syndicalistes" OR "médias") W/5 ("meurtres" OR "assassinat*" OR "enlèvements" OR "disparitions forcées" OR "détentions arbitraires" OR "torture" OR "menaces" OR "protection" OR "attaques" OR "sécurité")`,
  ]],
  ['16.a', [
    `"terrorisme" OR "radicalisation" OR "extrémisme violent" OR "contre-terrorisme" OR "antiterroriste"`,
    `"institutions nationales des droits de l'homme" OR "principes de paris" OR "commission nationale consultative des droits de l'homme" OR "droits de l'homme" OR "droits humains"`,
  ]],
  ['16.b', [
    `("lois" OR "loi" OR "politiques" OR "législation" OR "dispositions" OR "mesures") W/3 ("non discriminatoires" OR "non-discriminatoires" OR "non-discrimination" OR "non discrimination" OR "antidiscrimination" OR "anti-discrimination")`,
    `"non-discrimination" OR "principe de non-discrimination" OR "défenseur des droits"`,
    `("discrimination*" OR "harcèlement") W/5 ("déclaré*" OR "ressenti*" OR "vécu*" OR "subi*" OR "victimes")`,
  ]],

  // Goal 17: partenariats, moyens de mise en œuvre
  ['17.1', [
    `("mobilisation" OR "collecte" OR "recouvrement") W/4 ("recettes" OR "ressources intérieures" OR "ressources nationales" OR "impôt" OR "impôts" OR "fiscales" OR "fiscalité")`,
    `("recettes publiques" OR "recettes fiscales" OR "pression fiscale" OR "impôts nationaux") W/4 ("pib" OR "budget national" OR "proportion")`,
    `"fiscalité locale" OR "ressources fiscales" OR "autonomie financière" OR "pacte fiscal" OR "pacte financier et fiscal" OR "administration fiscale" OR "capacités fiscales"`,
  ]],
  ['17.2', [
    `"aide publique au développement" OR "comité d'aide au développement" OR "bailleurs de fonds" OR "pays donateurs" OR "aide au développement"`,
    `("aide publique") W/8 ("0,7" OR "revenu national brut" OR "rnb" OR "engagements" OR "donateurs")`,
  ]],
  ['17.3', [
    `("mobilis*" OR "ressources financières" OR "financements innovants" OR "financement" OR "financements") W/5 ${PED}`,
    `"investissements étrangers directs" OR "investissement étranger direct" OR "investissements directs étrangers" OR (("envois de fonds" OR "transferts de fonds") W/6 ("pib" OR "volume" OR "montant"))`,
  ]],
  ['17.4', [
    `("dette" OR "dettes" OR "endettement" OR "surendettement") W/8 (${PED} OR "pays pauvres très endettés" OR "extérieure" OR "souveraine")`,
    `"pays pauvres très endettés" OR "allègement de la dette" OR "restructuration de la dette" OR "annulation de la dette" OR "viabilité de la dette" OR "soutenabilité de la dette" OR "service de la dette" OR "dette extérieure"`,
  ]],
  ['17.5', [
    `("investissement" OR "investissements" OR "investisseurs") W/6 (${PED} OR "afrique" OR "africains")`,
  ]],
  ['17.6', [
    `("coopération" OR "partenariat" OR "partenariats") W/3 ("scientifique*" OR "technologique*" OR "universitaire*" OR "recherche")`,
    `(("abonnements" OR "abonnés") W/3 ("internet" OR "haut débit" OR "fibre")) OR "mécanisme de facilitation des technologies"`,
    `(("coopération") W/3 ("nord-sud" OR "sud-sud" OR "triangulaire")) W/10 ("science" OR "sciences" OR "technologie" OR "technologies" OR "innovation")`,
    `("accès" OR "partage") W/3 ("science" OR "sciences" OR "savoirs scientifiques" OR "connaissances scientifiques")`,
  ]],
  ['17.7', [
    `("transfert" OR "transferts" OR "diffusion") W/3 ("technologies" OR "technologie" OR "technologique*" OR "savoir-faire")`,
    `("technologies" OR "écotechnologies") W/3 ("respectueuses de l'environnement" OR "écologiquement rationnelles" OR "vertes")`,
  ]],
  ['17.8', [
    `("utilisation" OR "usage" OR "usages" OR "utilisateurs" OR "proportion") W/3 ("internet")`,
    `"banque de technologies" OR ((("capacités") W/3 ("scientifiques" OR "technologiques" OR "d'innovation")) W/8 ${PED})`,
  ]],
  ['17.9', [
    `("renforcement des capacités" OR "renforcement de capacités" OR "assistance technique" OR "appui technique" OR "aide technique" OR "aide financière et technique") W/6 (${PED} OR "pays partenaires" OR "partenaires locaux" OR "collectivités partenaires")`,
    `"coopération sud-sud" OR "coopération nord-sud" OR "coopération triangulaire" OR "coopération décentralisée" OR "solidarité internationale" OR "action internationale des collectivités" OR "action extérieure des collectivités"`,
  ]],
  ['17.10', [
    `"organisation mondiale du commerce" OR "omc" OR "programme de doha" OR "cycle de doha" OR "système commercial multilatéral" OR "commerce multilatéral" OR "droits de douane" OR "tarifs douaniers"`,
    `("commerce" OR "échanges commerciaux" OR "système commercial") W/3 ("ouvert" OR "multilatéral" OR "réglementé" OR "non discriminatoire" OR "libre-échange")`,
  ]],
  ['17.11', [
    `("exportations" OR "part des exportations") W/6 (${PED} OR "mondiales")`,
  ]],
  ['17.12', [
    `"franchise de droits" OR "sans contingent" OR "accès en franchise" OR "règles d'origine" OR "règles préférentielles" OR (("accès aux marchés") W/6 ${PED})`,
  ]],
  ['17.13', [
    `("macroéconomi*" OR "macro-économi*") W/3 ("stabilité" OR "coordination" OR "équilibre*" OR "cohérence" OR "politique*" OR "tableau de bord")`,
  ]],
  ['17.14', [
    `"cohérence des politiques" OR (("cohérence") W/4 ("politiques publiques" OR "développement durable" OR "stratégies"))`,
    `("transversalité" OR "approche intégrée" OR "mise en cohérence") W/6 ("développement durable" OR "odd" OR "agenda 2030" OR "politiques")`,
  ]],
  ['17.15', [
    `("cadres de résultats" OR "outils de planification" OR "priorités nationales" OR "stratégies nationales") W/6 ("coopération" OR "partenaires" OR "bailleurs" OR "prestataires")`,
    `"efficacité de l'aide" OR "efficacité du développement" OR "appropriation nationale" OR "appropriation démocratique" OR "marge de manœuvre politique"`,
    `("marge de manœuvre" OR "autorité" OR "souveraineté") W/6 ("chaque pays" OR "politiques nationales" OR "politiques d'élimination de la pauvreté" OR "élaboration des politiques")`,
  ]],
  ['17.16', [
    `"partenariat mondial" OR "partenariats multipartites" OR "partenariat multipartite" OR "partenariat multi-acteurs" OR "partenariats multi-acteurs" OR "multi-acteurs"`,
    `("partenariat" OR "partenariats" OR "coopération" OR "alliance*") W/6 ("objectifs de développement durable" OR "odd" OR "agenda 2030" OR "programme 2030")`,
  ]],
  ['17.17', [
    `"partenariat public-privé" OR "partenariats public-privé" OR "partenariats publics-privés" OR "ppp" OR "société d'économie mixte" OR "délégation de service public" OR "mécénat"`,
    `("partenariat" OR "partenariats" OR "coopération") W/4 ("société civile" OR "associations" OR "acteurs associatifs" OR "tissu associatif" OR "secteur privé" OR "entreprises" OR "acteurs locaux")`,
  ]],
  ['17.18', [
    `(("données" OR "statistiques") W/2 ("ventilées" OR "désagrégées" OR "fiables" OR "actualisées" OR "exactes")) OR "qualité des données" OR "données de qualité" OR "qualité des statistiques"`,
    `"capacité statistique" OR "capacités statistiques" OR "système statistique" OR "plan statistique national" OR "instituts nationaux de statistique" OR "statistique officielle" OR "statistique publique" OR "principes fondamentaux de la statistique officielle"`,
    `("observatoire*") W/3 ("données" OR "statistique*" OR "indicateur*")`,
  ]],
  ['17.19', [
    `("indicateur*") W/4 ("développement durable" OR "progrès" OR "richesse" OR "bien-être" OR "odd")`,
    `(("recensement") W/3 ("population" OR "logement" OR "général")) OR (("enregistrement" OR "taux d'enregistrement") W/3 ("naissances" OR "décès"))`,
    `(("suivi" OR "évaluation" OR "mesure" OR "rapport" OR "progrès") W/4 ("objectifs de développement durable" OR "odd" OR "agenda 2030")) OR "au-delà du pib"`,
  ]],
];

/** Goal number of a target id (`6.a` → 6). */
const goalOf = (target: string): number => Number(target.slice(0, target.indexOf('.')));

/**
 * French target queries: `[goal, target, id, query]`, in target order. Same shape as the Aurora
 * rows, so the engine can load both alike (French matcher).
 */
export const FRENCH_QUERIES: ReadonlyArray<readonly [goal: number, target: string, id: string, query: string]> = BY_TARGET.flatMap(
  ([target, queries]) => queries.map((query, i) => [goalOf(target), target, `fr-${target}-${i + 1}`, query] as const),
);
