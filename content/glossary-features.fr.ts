// The French glossary's terms that lessons 1 to 7 use first (glossary-features.ts in English;
// see glossary.fr.ts).
import type { FrenchGlossaryEntry } from './glossary.fr';

export const featureTermsFr: Record<string, FrenchGlossaryEntry> = {
	pixel: {
		term: 'pixel',
		forms: ['pixel', 'pixels'],
		definition:
			"Petit carré de couleur uniforme d'une image numérique, enregistré sous forme de quelques nombres entiers de 0 à 255.",
		section: 'ce-que-voit-un-ordinateur'
	},
	channel: {
		term: 'canal',
		forms: ['canal', 'canaux'],
		definition:
			"Une des grilles de nombres qui composent une image ou la sortie d'une couche : rouge, vert et bleu pour une photo en couleur, un canal par filtre après une convolution.",
		section: 'les-canaux-une-grille-par-couleur'
	},
	tensor: {
		term: 'tenseur',
		forms: ['tenseur', 'tenseurs'],
		definition:
			"Bloc de nombres à plusieurs axes, comme canaux × hauteur × largeur pour une image ; tout ce qu'un réseau lit et écrit est un tenseur.",
		section: 'une-image-est-un-tenseur'
	},
	cnn: {
		term: 'réseau de neurones convolutif',
		forms: [
			'réseau de neurones convolutif',
			'réseaux de neurones convolutifs',
			'réseau convolutif',
			'réseaux convolutifs',
			'CNN'
		],
		definition:
			"Réseau de neurones dont les premières couches sont des convolutions : de petits filtres qu'on fait glisser sur l'image trouvent des motifs locaux, et des couches denses en font une réponse à la fin.",
		section: 'le-reseau-entier-d-un-coup-d-oeil'
	},
	convolution: {
		term: 'convolution',
		forms: ['convolution', 'convolutions'],
		definition:
			'Faire glisser une petite grille de poids sur une entrée et écrire, à chaque position, la somme des poids multipliés par les valeurs situées dessous, plus un biais.',
		section: 'une-petite-grille-de-poids'
	},
	kernel: {
		term: 'noyau',
		forms: ['noyau', 'noyaux'],
		definition:
			"Petite grille de poids qu'une convolution fait glisser sur un canal, en général 3 × 3 ou 5 × 5.",
		section: 'une-petite-grille-de-poids'
	},
	filter: {
		term: 'filtre',
		forms: ['filtre', 'filtres'],
		definition:
			"Dans un réseau, la pile de noyaux, un par canal d'entrée, dont les résultats s'additionnent (avec un biais) en une carte de caractéristiques. En traitement d'images, le mot désigne aussi un noyau seul.",
		section: 'une-petite-grille-de-poids'
	},
	weight: {
		term: 'poids',
		forms: ['poids'],
		definition:
			"Nombre qui multiplie une entrée dans un noyau ou une couche dense ; l'apprentissage modifie les poids.",
		section: 'une-petite-grille-de-poids'
	},
	bias: {
		term: 'biais',
		forms: ['biais'],
		definition:
			'Nombre ajouté à une somme pondérée, un par filtre ou par neurone, appris comme les poids.',
		section: 'une-petite-grille-de-poids'
	},
	'feature-map': {
		term: 'carte de caractéristiques',
		forms: ['carte de caractéristiques', 'cartes de caractéristiques'],
		definition:
			'Grille que produit un filtre glissé sur toute son entrée : élevée là où se trouve le motif que cherche le filtre.',
		section: 'une-petite-grille-de-poids'
	},
	'cross-correlation': {
		term: 'corrélation croisée',
		forms: ['corrélation croisée'],
		definition:
			"Ce que les bibliothèques d'apprentissage profond calculent vraiment sous le nom de convolution : la même somme de produits, sans retourner le noyau au préalable.",
		section: 'une-petite-grille-de-poids'
	},
	'transfer-learning': {
		term: 'apprentissage par transfert',
		forms: ['apprentissage par transfert'],
		definition:
			"Réutiliser ce qu'un réseau a appris sur une tâche (souvent ses premiers filtres) pour en apprendre une autre avec moins de données.",
		section: 'l-idee'
	},
	window: {
		term: 'fenêtre',
		forms: ['fenêtre', 'fenêtres'],
		definition: "Les cases de l'entrée qu'un noyau ou un pooling couvre à une position donnée.",
		section: 'une-fenetre-a-la-fois'
	},
	stride: {
		term: 'pas',
		forms: ['pas'],
		definition:
			'De combien de cases une fenêtre avance entre deux positions ; un pas de 2 divise la sortie à peu près par deux.',
		section: 'noyau-pas-et-marge'
	},
	padding: {
		term: 'marge (rembourrage)',
		forms: ['marge', 'marges', 'rembourrage'],
		definition:
			"Anneaux de cases supplémentaires, en général des zéros, ajoutés autour d'une entrée avant une convolution, pour que les fenêtres puissent se poser sur le bord et que la sortie ne rétrécisse pas forcément.",
		section: 'un-cadre-de-zeros'
	},
	'same-padding': {
		term: 'marge « same »',
		forms: ['marge « same »'],
		definition:
			"La marge (K − 1)/2 qui garde la sortie d'une convolution de pas 1 aussi grande que son entrée, pour un noyau de taille K impaire.",
		section: 'la-marge-same'
	},
	'output-size': {
		term: 'formule de la taille de sortie',
		forms: ['formule de la taille de sortie'],
		definition:
			"O = ⌊(I − K + 2P) / S⌋ + 1 : la taille de la sortie d'une convolution sur un axe, à partir de la taille d'entrée I, du noyau K, de la marge P et du pas S.",
		section: 'la-formule-de-la-taille-de-sortie'
	},
	dilation: {
		term: 'dilatation',
		forms: ['dilatation', 'dilatée', 'dilatées'],
		definition:
			"Espacement entre les prises d'un noyau : avec une dilatation D, on saute D − 1 cases entre deux poids voisins, si bien qu'un petit noyau couvre une zone plus large.",
		section: 'la-convolution-dilatee-un-noyau-a-trous'
	},
	'transposed-convolution': {
		term: 'convolution transposée',
		forms: ['convolution transposée', 'convolutions transposées'],
		definition:
			"Convolution qui agrandit son entrée : on insère des zéros entre les cases de l'entrée et autour, puis une convolution ordinaire glisse sur le résultat.",
		section: 'la-convolution-transposee-du-petit-au-grand'
	},
	'depthwise-separable': {
		term: 'convolution séparable en profondeur',
		forms: ['séparable en profondeur'],
		definition:
			"Convolution coupée en deux : un noyau par canal (en profondeur), puis une convolution 1 × 1 qui mélange les canaux (point par point) ; bien moins coûteuse qu'une convolution ordinaire.",
		section: 'la-convolution-separable-en-profondeur-partager-le-travail'
	},
	'spatially-separable': {
		term: 'convolution séparable spatialement',
		forms: ['séparable spatialement'],
		definition:
			"Noyau K × K qui est le produit d'une colonne par une ligne, appliqué comme une convolution K × 1 puis une 1 × K : 2K multiplications par position au lieu de K².",
		section: 'la-convolution-separable-spatialement-un-carre-deux-lignes'
	},
	'multiply-add': {
		term: 'multiplication-addition',
		forms: ['multiplication-addition', 'multiplications-additions'],
		definition:
			"Une multiplication suivie d'une addition, l'unité dans laquelle on compte le travail d'une couche.",
		section: 'ce-que-coute-chacune'
	},
	activation: {
		term: "fonction d'activation",
		forms: ["fonction d'activation", "fonctions d'activation", 'activation'],
		definition:
			'Fonction non linéaire fixe appliquée à chaque valeur entre deux couches, comme la ReLU ; sans elle, des couches empilées se réduiraient à une seule étape linéaire.',
		section: 'une-seule-regle-garder-les-positifs'
	},
	relu: {
		term: 'ReLU',
		forms: ['ReLU'],
		definition:
			"L'unité linéaire rectifiée, max(0, x) : les valeurs positives passent inchangées, les négatives deviennent 0.",
		section: 'une-seule-regle-garder-les-positifs'
	},
	'leaky-relu': {
		term: 'ReLU avec fuite',
		forms: ['ReLU avec fuite', 'leaky ReLU'],
		definition:
			"ReLU qui garde une petite pente a du côté négatif (a·x au lieu de 0), pour qu'un peu de gradient passe toujours.",
		section: 'la-relu-avec-fuite-et-les-autres-redresseurs'
	},
	sigmoid: {
		term: 'sigmoïde',
		forms: ['sigmoïde'],
		definition:
			"La fonction en forme de S, 1 / (1 + e^−x), qui ramène n'importe quel nombre entre 0 et 1 ; une activation plus ancienne, qui s'aplatit aux deux extrémités.",
		section: 'la-relu-avec-fuite-et-les-autres-redresseurs'
	},
	pooling: {
		term: 'pooling',
		forms: ['pooling', 'poolings'],
		definition:
			"Réduire chaque carte de caractéristiques en remplaçant chaque petite fenêtre par un nombre qui la résume ; aucun poids n'intervient.",
		section: 'une-fenetre-qui-resume'
	},
	'max-pooling': {
		term: 'max-pooling',
		forms: ['max-pooling'],
		definition:
			'Pooling qui garde la plus grande valeur de chaque fenêtre : la caractéristique est-elle présente quelque part dans cette petite zone ?',
		section: 'pourquoi-le-maximum'
	},
	'mean-pooling': {
		term: 'pooling moyen',
		forms: ['pooling moyen'],
		definition: 'Pooling qui garde la moyenne de chaque fenêtre.',
		section: 'une-fenetre-qui-resume'
	},
	flattening: {
		term: 'aplatissement',
		forms: ['aplatissement', 'aplaties', 'aplatie', 'aplatir'],
		definition:
			'Mettre les cartes de caractéristiques bout à bout en un seul vecteur, dans un ordre fixe, pour que des couches denses puissent les lire.',
		section: 'les-cartes-mises-bout-a-bout'
	},
	vector: {
		term: 'vecteur',
		forms: ['vecteur', 'vecteurs'],
		definition: 'Simple liste de nombres : un tenseur à un seul axe.',
		section: 'les-cartes-mises-bout-a-bout'
	}
};
