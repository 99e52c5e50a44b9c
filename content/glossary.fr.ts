// The glossary in French: for each entry of glossary.ts (same ids, same lessons), the French term,
// the written forms that count as a use of it in a French lesson, its definition, and the section of
// the French lesson that explains it (the same part as in English, under its French heading).
import type { GlossaryEntry } from './glossary';

export type FrenchGlossaryEntry = Pick<GlossaryEntry, 'term' | 'forms' | 'definition' | 'section'>;

export const frenchGlossary: Record<string, FrenchGlossaryEntry> = {
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
	},
	'dense-layer': {
		term: 'couche entièrement connectée (couche dense)',
		forms: [
			'couche entièrement connectée',
			'couches entièrement connectées',
			'couche dense',
			'couches denses',
			'entièrement connectées'
		],
		definition:
			'Couche où chaque entrée a son propre poids pour chaque sortie : un produit matriciel plus un biais par sortie.',
		section: 'chaque-entree-rencontre-chaque-sortie'
	},
	neuron: {
		term: 'neurone',
		forms: ['neurone', 'neurones'],
		definition:
			"Une unité d'une couche dense : elle pondère toutes ses entrées, ajoute un biais et applique en général une activation. Le nom vient des cellules nerveuses qui l'ont inspirée.",
		section: 'neurones-et-perceptron-multicouche'
	},
	'multilayer-perceptron': {
		term: 'perceptron multicouche',
		forms: ['perceptron multicouche'],
		definition: 'Plusieurs couches denses à la suite, avec une activation entre elles.',
		section: 'neurones-et-perceptron-multicouche'
	},
	'hidden-layer': {
		term: 'couche cachée',
		forms: ['couche cachée', 'couches cachées'],
		definition:
			"Couche située entre l'entrée et la sortie d'un réseau, dont personne ne choisit ni ne voit directement les valeurs.",
		section: 'neurones-et-perceptron-multicouche'
	},
	softmax: {
		term: 'softmax',
		forms: ['softmax'],
		definition:
			'Transforme une liste de scores en probabilités : e à la puissance de chaque score, divisé par la somme de toutes ces puissances.',
		section: 'des-scores-aux-probabilites-la-fonction-softmax'
	},
	logit: {
		term: 'score (logit)',
		forms: ['logits', 'logit'],
		definition:
			"Sortie brute de la dernière couche, une par classe, avant que la fonction softmax n'en fasse des probabilités.",
		section: 'des-scores-aux-probabilites-la-fonction-softmax'
	},
	architecture: {
		term: 'architecture',
		forms: ['architecture', 'architectures'],
		definition:
			"Le choix des couches d'un réseau et de leurs réglages (tailles de noyau, filtres, pas…), fixé avant l'apprentissage.",
		section: 'six-reseaux-celebres'
	},
	imagenet: {
		term: 'ImageNet',
		forms: ['ImageNet'],
		definition:
			"Collection de plus d'un million de photos étiquetées en mille classes, dont le concours annuel a rendu les réseaux convolutifs célèbres en 2012.",
		section: 'six-reseaux-celebres'
	},
	'inception-module': {
		term: 'module Inception',
		forms: ['module Inception', 'modules Inception'],
		definition:
			'Le bloc de GoogLeNet : des convolutions de plusieurs tailles travaillent côte à côte sur la même entrée, et leurs sorties sont empilées le long des canaux.',
		section: 'six-reseaux-celebres'
	},
	'residual-block': {
		term: 'bloc résiduel (connexion raccourcie)',
		forms: ['bloc résiduel', 'blocs résiduels'],
		definition:
			"Le bloc de ResNet : son entrée saute par-dessus deux ou trois convolutions et s'ajoute à leur sortie, si bien que le bloc n'apprend qu'une correction.",
		section: 'six-reseaux-celebres'
	},
	'batch-normalisation': {
		term: 'normalisation par lot',
		forms: ['normalisation par lot'],
		definition:
			'Couche qui ramène chaque canal à une moyenne de 0 et un écart de 1 sur le lot en cours, puis applique une échelle et un décalage appris.',
		section: 'six-reseaux-celebres'
	},
	dropout: {
		term: 'dropout (extinction aléatoire)',
		forms: ['dropout'],
		definition:
			"Pendant l'apprentissage, mettre à zéro la sortie de neurones tirés au hasard (souvent la moitié) pour que le réseau ne puisse compter sur aucun d'eux ; désactivé ensuite.",
		section: 'six-reseaux-celebres'
	},
	'global-average-pooling': {
		term: 'pooling moyen global',
		forms: ['pooling moyen global'],
		definition:
			"Faire la moyenne de chaque carte de caractéristiques entière en un seul nombre, souvent à la place de grandes couches denses à la fin d'un réseau.",
		section: 'formes-parametres-et-multiplications-additions'
	},
	parameter: {
		term: 'paramètre',
		forms: ['paramètre', 'paramètres'],
		definition:
			"Nombre que le réseau apprend : un poids ou un biais. On donne souvent la taille d'un réseau par son nombre de paramètres.",
		section: 'ce-qui-change-et-ce-qui-reste'
	},
	'hyper-parameter': {
		term: 'hyperparamètre',
		forms: ['hyperparamètre', 'hyperparamètres'],
		definition:
			"Réglage choisi par nous et non appris : taille des noyaux, nombre de filtres, pas, taux d'apprentissage, taille des lots…",
		section: 'ce-qui-change-et-ce-qui-reste'
	},
	loss: {
		term: 'perte',
		forms: ['perte', 'pertes', 'fonction de coût'],
		definition:
			"Un nombre qui dit à quel point les réponses du réseau sont fausses ; l'apprentissage cherche à le faire diminuer.",
		section: 'la-perte-dit-a-quel-point-le-reseau-se-trompe'
	},
	'cross-entropy': {
		term: 'entropie croisée',
		forms: ['entropie croisée'],
		definition:
			'La perte habituelle en classification : moins le logarithme de la probabilité donnée à la bonne classe.',
		section: 'la-perte-dit-a-quel-point-le-reseau-se-trompe'
	},
	gradient: {
		term: 'gradient',
		forms: ['gradient', 'gradients'],
		definition:
			'De combien la perte varie quand un paramètre bouge un peu, pour chaque paramètre ; il indique la montée sur le relief de la perte.',
		section: 'la-retropropagation-un-nombre-a-la-fois'
	},
	backpropagation: {
		term: 'rétropropagation',
		forms: ['rétropropagation', 'rétropropager'],
		definition:
			"Calculer tous les gradients en un seul passage, de la perte jusqu'à la première couche, chaque couche transmettant le gradient à celle du dessous.",
		section: 'la-retropropagation-un-nombre-a-la-fois'
	},
	'chain-rule': {
		term: 'règle de dérivation en chaîne',
		forms: ['règle de dérivation en chaîne'],
		definition:
			"La règle d'analyse derrière la rétropropagation : le taux de variation à travers deux étapes est le produit des taux de chaque étape.",
		section: 'la-retropropagation-un-nombre-a-la-fois'
	},
	'learning-rate': {
		term: "taux d'apprentissage",
		forms: ["taux d'apprentissage"],
		definition:
			'La taille η de chaque pas de mise à jour : les paramètres se déplacent de −η fois leur gradient.',
		section: 'la-descente-de-gradient-et-le-taux-d-apprentissage'
	},
	'gradient-descent': {
		term: 'descente de gradient',
		forms: ['descente de gradient'],
		definition:
			"Répéter la mise à jour « déplacer chaque paramètre un peu à l'opposé de son gradient » jusqu'à ce que la perte cesse de baisser.",
		section: 'la-descente-de-gradient-et-le-taux-d-apprentissage'
	},
	batch: {
		term: 'lot',
		forms: ['lot', 'lots'],
		definition:
			"Les quelques dizaines d'exemples qu'utilise une étape d'apprentissage ; la moyenne de leurs gradients donne une seule mise à jour.",
		section: 'les-lots-faire-la-moyenne-de-l-erreur'
	},
	epoch: {
		term: 'époque',
		forms: ['époque', 'époques'],
		definition: "Un passage complet sur l'ensemble d'entraînement, lot après lot.",
		section: 'les-lots-faire-la-moyenne-de-l-erreur'
	},
	mnist: {
		term: 'MNIST',
		forms: ['MNIST'],
		definition:
			"Collection classique de chiffres manuscrits, de 28 × 28 pixels gris chacun ; la leçon 12 s'entraîne sur 10 000 d'entre eux.",
		section: 'le-reseau-et-les-donnees'
	},
	accuracy: {
		term: 'exactitude',
		forms: ['exactitude'],
		definition:
			"La part des exemples auxquels le réseau répond juste ; celle qui compte se mesure sur des exemples qui n'ont pas servi à l'entraînement.",
		section: 'le-reseau-et-les-donnees'
	},
	optimiser: {
		term: 'optimiseur',
		forms: ['optimiseur', 'optimiseurs'],
		definition:
			'La règle qui transforme les gradients en mises à jour : descente de gradient simple, SGD avec inertie, Adam…',
		section: 'entrainez-le'
	},
	seed: {
		term: 'graine',
		forms: ['graine', 'graines'],
		definition:
			"Le nombre dont part un générateur aléatoire : la même graine donne les mêmes poids « au hasard » et le même ordre, si bien qu'un entraînement peut être refait à l'identique.",
		section: 'entrainez-le'
	},
	'web-worker': {
		term: 'Web Worker',
		forms: ['Web Worker', 'Web Workers'],
		definition:
			"Fil d'exécution séparé du navigateur, qui calcule sans figer la page ; l'apprentissage y tourne.",
		section: 'entrainez-le'
	},
	'confusion-matrix': {
		term: 'matrice de confusion',
		forms: ['matrice de confusion'],
		definition:
			'Tableau qui compte, pour chaque vraie classe (ligne), combien de fois le réseau a répondu chaque classe (colonne).',
		section: 'la-ou-il-se-trompe'
	},
	'fine-tuning': {
		term: 'ajustement fin (fine-tuning)',
		forms: ['ajustement fin', 'fine-tuning'],
		definition:
			"Poursuivre l'entraînement d'un réseau entraîné sur une autre tâche, sur la nouvelle tâche, avec une nouvelle dernière couche et un petit taux d'apprentissage.",
		section: 'l-idee'
	},
	freeze: {
		term: 'geler',
		forms: ['geler', 'gelée', 'gelées', 'gelé', 'gelés'],
		definition:
			"Garder fixes les poids d'une couche pendant l'apprentissage : aucune mise à jour ne les atteint.",
		section: 'l-idee'
	}
};
